# Solutions to Lesson 9: write the network yourself, and check it: try it first.

library(scratchnet)

my_forward <- function(X, params) {
  # Steps 2-4 on X (n x d) with params wh (d x h), bh (1 x h), wout (h x k),
  # bout (1 x k). Return a list of four matrices: hidden_layer_input (n x h),
  # hidden_activations (n x h), output_layer_input (n x k) and output (n x k).
  # R does not add a 1 x h bias to every row: use rep(bh, each = nrow(X)).
  n <- nrow(X)
  hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n) # Step 2
  hidden_activations <- sigmoid(hidden_layer_input) # Step 3
  output_layer_input <- hidden_activations %*% params$wout +
    rep(params$bout, each = n) # Step 4
  list(hidden_layer_input = hidden_layer_input,
       hidden_activations = hidden_activations,
       output_layer_input = output_layer_input,
       output = sigmoid(output_layer_input))
}

passed <- check_forward(my_forward)

my_backward <- function(X, y, params, cache) {
  # Steps 5-11. y is n x k; cache holds hidden_activations (n x h) and output
  # (n x k). Return a list of ten: E, slope_output, d_output (n x k);
  # slope_hidden, error_hidden, d_hidden (n x h); dwout (h x k), dbout (1 x k),
  # dwh (d x h), dbh (1 x h) (for dbout and dbh, a vector of the right length
  # will do).
  output <- cache$output
  hidden <- cache$hidden_activations
  E <- y - output # Step 5
  slope_output <- sigmoid_slope(output) # Step 6
  slope_hidden <- sigmoid_slope(hidden)
  d_output <- E * slope_output # Step 7
  error_hidden <- d_output %*% t(params$wout) # Step 8
  d_hidden <- error_hidden * slope_hidden # Step 9
  list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
       d_output = d_output, error_hidden = error_hidden, d_hidden = d_hidden,
       dwout = t(hidden) %*% d_output, dbout = colSums(d_output), # Steps 10-11
       dwh = t(X) %*% d_hidden, dbh = colSums(d_hidden))
}

passed <- check_backward(my_backward)

my_update_params <- function(params, grads, lr) {
  # Steps 10-11: each of wh, bh, wout, bout plus lr times its change (dwh,
  # dbh, ...). Return NEW parameters, a list with the same four names and
  # shapes.
  for (name in c("wh", "bh", "wout", "bout")) {
    params[[name]] <- params[[name]] + lr * grads[[paste0("d", name)]]
  }
  params
}

passed <- check_update(my_update_params)

my_train <- function(X, y, params, lr, epochs) {
  # Train for epochs epochs with my_forward, my_backward and my_update_params.
  # Return list(params = the trained parameters, loss = the epochs' losses).
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    cache <- my_forward(X, params)
    losses[epoch] <- mean((y - cache$output)^2) / 2 # before the update
    params <- my_update_params(params, my_backward(X, y, params, cache), lr)
  }
  list(params = params, loss = losses)
}

passed <- check_train(my_train)
