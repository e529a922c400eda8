# Solutions to lesson 9's exercises (R). Try the exercises first.
# tests/course/ runs every checker on these; they must pass.

my_forward <- function(X, params) {
  n <- nrow(X)
  hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)  # Step 2
  hidden_activations <- sigmoid(hidden_layer_input)  # Step 3
  output_layer_input <- hidden_activations %*% params$wout +
    rep(params$bout, each = n)  # Step 4
  list(hidden_layer_input = hidden_layer_input,
       hidden_activations = hidden_activations,
       output_layer_input = output_layer_input,
       output = sigmoid(output_layer_input))
}

my_backward <- function(X, y, params, cache) {
  output <- cache$output
  hidden <- cache$hidden_activations
  E <- y - output  # Step 5
  slope_output <- output * (1 - output)  # Step 6
  slope_hidden <- hidden * (1 - hidden)
  d_output <- E * slope_output  # Step 7
  error_hidden <- d_output %*% t(params$wout)  # Step 8
  d_hidden <- error_hidden * slope_hidden  # Step 9
  list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
       d_output = d_output, error_hidden = error_hidden, d_hidden = d_hidden,
       dwout = t(hidden) %*% d_output,  # Step 10
       dbout = matrix(colSums(d_output), nrow = 1),  # Step 11: over samples
       dwh = t(X) %*% d_hidden,
       dbh = matrix(colSums(d_hidden), nrow = 1))
}

my_update_params <- function(params, grads, lr) {
  lapply(stats::setNames(names(params), names(params)), function(name) {
    params[[name]] + grads[[paste0("d", name)]] * lr  # Steps 10-11
  })
}

my_train <- function(X, y, params, lr, epochs) {
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    cache <- my_forward(X, params)
    losses[epoch] <- mean((y - cache$output)^2) / 2  # before the update
    params <- my_update_params(params, my_backward(X, y, params, cache), lr)
  }
  list(params = params, loss = losses)
}
