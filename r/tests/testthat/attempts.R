# Lesson 9's four blanks as R learners fill them: wrong in the ways beginners
# are wrong, and right in the forms the contract allows. Each attempt names its
# checker, the mistake a tutor would name (a key of the catalogue in
# shared_data/exercises.json, or a label test-exercises.R maps to its keys),
# and words its verdict must contain. test-exercises.R runs every one. Written
# as a learner writes, not from the checker's code.
#
# For an attempt that stops with an error, `says` names the learner's own
# variable on the line that stopped (Z2, out_in, ...), that line's step and
# what the verdict calls the mistake.

attempt <- function(checker, kind, says, fn) {
  list(checker = checker, kind = kind, says = says, fn = fn)
}

lr <- 0.5 # a learner's global, which some attempts use by mistake

# The learner's own blanks, once right: some trainers below call them, with
# one mistake in the loop.
good_forward <- function(X, params) {
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

good_backward <- function(X, y, params, cache) {
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
       dwout = t(hidden) %*% d_output, dbout = colSums(d_output),
       dwh = t(X) %*% d_hidden, dbh = colSums(d_hidden))
}

good_update <- function(params, grads, lr) {
  for (name in c("wh", "bh", "wout", "bout")) {
    params[[name]] <- params[[name]] + lr * grads[[paste0("d", name)]]
  }
  params
}

attempts <- list(
  # ---------------------------------------------------------------------------
  # my_forward: steps 2-4
  # ---------------------------------------------------------------------------

  # left the hidden bias out: "the weights do the work"
  attempt(
    "check_forward", "bias_missing",
    c("hidden_layer_input", "step 2", "the bias is missing"),
    function(X, params) {
      hidden_layer_input <- X %*% params$wh
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        rep(params$bout, each = nrow(X))
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # sweep() for the hidden bias, and then I forgot bout altogether
  attempt(
    "check_forward", "bias_missing",
    c("output_layer_input", "step 4", "the bias is missing"),
    function(X, params) {
      Z1 <- sweep(X %*% params$wh, 2, params$bh, "+")
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% params$wout
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = sigmoid(Z2))
    }
  ),

  # c() to turn the 1 x h bias into something R will add
  attempt(
    "check_forward", "bias_recycled",
    c("hidden_layer_input", "step 2", "recycled the bias vector"),
    function(X, params) {
      hidden_layer_input <- X %*% params$wh + c(params$bh)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout + c(params$bout)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # took the first row of bh with [1, ], so it is "just the numbers"
  attempt(
    "check_forward", "bias_recycled",
    c("hidden_layer_input", "step 2", "recycled the bias vector"),
    function(X, params) {
      H_in <- X %*% params[["wh"]] + params[["bh"]][1, ]
      H <- sigmoid(H_in)
      out_in <- H %*% params[["wout"]] + params[["bout"]][1, ]
      list(hidden_layer_input = H_in, hidden_activations = H,
           output_layer_input = out_in, output = sigmoid(out_in))
    }
  ),

  # made the bias into an n x h matrix, but forgot byrow = TRUE
  attempt(
    "check_forward", "bias_recycled",
    c("hidden_layer_input", "step 2", "recycled the bias vector"),
    function(X, params) {
      n <- nrow(X)
      h <- ncol(params$wh)
      k <- ncol(params$wout)
      hidden_layer_input <- X %*% params$wh + matrix(params$bh, n, h)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        matrix(params$bout, n, k)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # the hidden bias with rep(each = n) as taught, the output one as.vector()
  attempt(
    "check_forward", "bias_recycled",
    c("output_layer_input", "step 4", "recycled the bias vector"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        as.vector(params$bout)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # added bh just as numpy does, + params$bh
  attempt(
    "check_forward", "bias_not_a_row",
    c("hidden_layer_input", "step 2", "repeat the bias for every row"),
    function(X, params) {
      hidden_layer_input <- X %*% params$wh + params$bh
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout + params$bout
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # the hidden bias right with rep(), the output bias added as it is
  attempt(
    "check_forward", "bias_not_a_row",
    c("Z2", "step 4", "repeat the bias for every row"),
    function(X, params) {
      Z1 <- X %*% params[["wh"]] + rep(params[["bh"]], each = nrow(X))
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% params[["wout"]] + params[["bout"]]
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = sigmoid(Z2))
    }
  ),

  # wrote my own sigmoid, with exp(z) instead of exp(-z)
  attempt(
    "check_forward", "sigmoid_sign",
    c("hidden_activations", "step 3", "1 minus the sigmoid"),
    function(X, params) {
      my_sigmoid <- function(z) 1 / (1 + exp(z))
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden_activations <- my_sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = my_sigmoid(output_layer_input))
    }
  ),

  # sigmoid() for the hidden layer, typed it out for the output: wrong sign
  attempt(
    "check_forward", "sigmoid_sign",
    c("output", "step 4", "1 minus the sigmoid"),
    function(X, params) {
      n <- nrow(X)
      Z1 <- X %*% params$wh + matrix(params$bh, n, ncol(params$wh),
                                     byrow = TRUE)
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% params$wout + matrix(params$bout, n, ncol(params$wout),
                                        byrow = TRUE)
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = 1 / (1 + exp(Z2)))
    }
  ),

  # thought only the output needs the sigmoid
  attempt(
    "check_forward", "sigmoid_missing",
    c("hidden_activations", "step 3", "not yet squashed"),
    function(X, params) {
      n <- nrow(X)
      hidden <- X %*% params$wh + rep(params$bh, each = n)
      out_in <- hidden %*% params$wout + rep(params$bout, each = n)
      list(hidden_layer_input = hidden, hidden_activations = hidden,
           output_layer_input = out_in, output = sigmoid(out_in))
    }
  ),

  # the output is the output layer's input, I forgot to squash it
  attempt(
    "check_forward", "sigmoid_missing",
    c("output", "step 4", "not yet squashed"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- sweep(X %*% params$wh, 2, params$bh, "+")
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- sweep(hidden_activations %*% params$wout, 2,
                                  params$bout, "+")
      output <- output_layer_input
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input, output = output)
    }
  ),

  # step 4 from hidden_layer_input, the variable just above it
  attempt(
    "check_forward", "preactivation_for_activation",
    c("output_layer_input", "step 4", "the pre-activation"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_layer_input %*% params$wout +
        rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # computed A2, then put Z2 in the list under output
  attempt(
    "check_forward", "preactivation_for_activation",
    c("output", "step 4", "not yet squashed"),
    function(X, params) {
      ones <- rep(1, nrow(X))
      Z1 <- X %*% params$wh + ones %*% params$bh
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% params$wout + ones %*% params$bout
      A2 <- sigmoid(Z2)
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = Z2)
    }
  ),

  # wrote it as the notebook does, one column per sample
  attempt(
    "check_forward", "samples_as_columns",
    c("hidden_layer_input", "step 2", "turned the wrong way"),
    function(X, params) {
      hidden_layer_input <- t(params$wh) %*% t(X) + c(params$bh)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- t(params$wout) %*% hidden_activations +
        c(params$bout)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # crossprod() saves the t(), samples in columns as in the notebook
  attempt(
    "check_forward", "samples_as_columns",
    c("hidden_layer_input", "step 2", "turned the wrong way"),
    function(X, params) {
      Z1 <- sweep(crossprod(params$wh, t(X)), 1, params$bh, "+")
      A1 <- sigmoid(Z1)
      Z2 <- sweep(crossprod(params$wout, A1), 1, params$bout, "+")
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = sigmoid(Z2))
    }
  ),

  # * to multiply the inputs by the weights
  attempt(
    "check_forward", "elementwise_for_matrix_product",
    c("hidden_layer_input", "step 2", "multiplies entry by entry"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X * params$wh + rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations * params$wout +
        rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # %*% for the hidden layer, then * for the output layer
  attempt(
    "check_forward", "elementwise_for_matrix_product",
    c("out_in", "step 4", "multiplies entry by entry"),
    function(X, params) {
      n <- nrow(X)
      H_in <- X %*% params[["wh"]] + rep(params[["bh"]], each = n)
      H <- sigmoid(H_in)
      out_in <- H * params[["wout"]] + rep(params[["bout"]], each = n)
      list(hidden_layer_input = H_in, hidden_activations = H,
           output_layer_input = out_in, output = sigmoid(out_in))
    }
  ),

  # weights times inputs, as in "w x + b"
  attempt(
    "check_forward", "operands_swapped",
    c("hidden_layer_input", "step 2", "the wrong way round"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- params$wh %*% X + rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- params$wout %*% hidden_activations +
        rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # hidden layer right, the output layer as wout times hidden
  attempt(
    "check_forward", "operands_swapped",
    c("Z2", "step 4", "the wrong way round"),
    function(X, params) {
      n <- nrow(X)
      Z1 <- X %*% params$wh + matrix(params$bh, n, length(params$bh),
                                     byrow = TRUE)
      A1 <- sigmoid(Z1)
      Z2 <- params$wout %*% A1 + rep(params$bout, each = n)
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = sigmoid(Z2))
    }
  ),

  # crossprod(X, wh), which I thought was X times wh
  attempt(
    "check_forward", "missing_transpose",
    c("hidden_layer_input", "step 2", "takes a transpose"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- crossprod(X, params$wh) +
        rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- crossprod(hidden_activations, params$wout) +
        rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # my own names, Z1, A1, Z2, A2, as in the book I had read before
  attempt(
    "check_forward", "near_miss_name",
    c("hidden_layer_input", "step 2", "where the checker looks for"),
    function(X, params) {
      n <- nrow(X)
      Z1 <- X %*% params$wh + rep(params$bh, each = n)
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% params$wout + rep(params$bout, each = n)
      list(Z1 = Z1, A1 = A1, Z2 = Z2, A2 = sigmoid(Z2))
    }
  ),

  # called the activations "hidden", as backward's first lines do
  attempt(
    "check_forward", "near_miss_name",
    c("hidden_activations", "step 3", "where the checker looks for"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden %*% params$wout + rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input, hidden = hidden,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # list() of the four, in the right order, without names
  attempt(
    "check_forward", "not_named", c("list", "needs a named list"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        rep(params$bout, each = n)
      output <- sigmoid(output_layer_input)
      list(hidden_layer_input, hidden_activations, output_layer_input, output)
    }
  ),

  # forward gives the output, so that is what I returned
  attempt(
    "check_forward", "not_named", c("list", "needs a named list"),
    function(X, params) {
      n <- nrow(X)
      hidden <- sigmoid(X %*% params$wh + rep(params$bh, each = n))
      sigmoid(hidden %*% params$wout + rep(params$bout, each = n))
    }
  ),

  # the last line computes output, and I thought that was it
  attempt(
    "check_forward", "no_return", c("list", "the value of its last line"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        rep(params$bout, each = n)
      output <- sigmoid(output_layer_input)
    }
  ),

  # printed every shape at the end, as lesson 7 does, and returned nothing
  attempt(
    "check_forward", "no_return", c("list", "the value of its last line"),
    function(X, params) {
      n <- nrow(X)
      cache <- list()
      cache$hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      cache$hidden_activations <- sigmoid(cache$hidden_layer_input)
      cache$output_layer_input <- cache$hidden_activations %*% params$wout +
        rep(params$bout, each = n)
      cache$output <- sigmoid(cache$output_layer_input)
      for (name in names(cache)) cat(name, dim(cache[[name]]), "\n")
    }
  ),

  # returned what backward reads, the activations and the output
  attempt(
    "check_forward", "name_missing",
    c("hidden_layer_input", "step 2", "returned no"),
    function(X, params) {
      n <- nrow(X)
      hidden_activations <- sigmoid(X %*% params$wh +
                                      rep(params$bh, each = n))
      output <- sigmoid(hidden_activations %*% params$wout +
                          rep(params$bout, each = n))
      list(hidden_activations = hidden_activations, output = output)
    }
  ),

  # params$W1, the name from the other course
  attempt(
    "check_forward", "error_other", c("W1", "Z1", "is NULL"),
    function(X, params) {
      n <- nrow(X)
      Z1 <- X %*% params$W1 + rep(params$b1, each = n)
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% params$W2 + rep(params$b2, each = n)
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = sigmoid(Z2))
    }
  ),

  # typed sigmiod
  attempt(
    "check_forward", "error_other",
    c("sigmiod", "hidden_activations", "step 3", "did you mean"),
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden_activations <- sigmiod(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # right: as the lesson shows, rep(bh, each = n)
  attempt(
    "check_forward", "pass", "PASS",
    function(X, params) {
      n <- nrow(X)
      hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        rep(params$bout, each = n)
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # right: matrix(bh, n, h, byrow = TRUE) and params[["wh"]]
  attempt(
    "check_forward", "pass", "PASS",
    function(X, params) {
      n <- nrow(X)
      wh <- params[["wh"]]
      wout <- params[["wout"]]
      Z1 <- X %*% wh + matrix(params[["bh"]], n, ncol(wh), byrow = TRUE)
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% wout + matrix(params[["bout"]], n, ncol(wout), byrow = TRUE)
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = sigmoid(Z2))
    }
  ),

  # right: sweep() adds the bias to every row, and my own sigmoid
  attempt(
    "check_forward", "pass", "PASS",
    function(X, params) {
      squash <- function(z) 1 / (1 + exp(-z))
      H_in <- sweep(X %*% params$wh, 2, params$bh, "+")
      H <- squash(H_in)
      out_in <- sweep(H %*% params$wout, 2, params$bout, "+")
      list(hidden_layer_input = H_in, hidden_activations = H,
           output_layer_input = out_in, output = squash(out_in))
    }
  ),

  # right: a column of 1s in front of X, the bias as wh's first row
  attempt(
    "check_forward", "pass", "PASS",
    function(X, params) {
      Z1 <- cbind(1, X) %*% rbind(params$bh, params$wh)
      A1 <- sigmoid(Z1)
      Z2 <- cbind(1, A1) %*% rbind(params$bout, params$wout)
      list(hidden_layer_input = Z1, hidden_activations = A1,
           output_layer_input = Z2, output = sigmoid(Z2))
    }
  ),

  # right: transposed, c(bh) recycles down each column, transposed back
  attempt(
    "check_forward", "pass", "PASS",
    function(X, params) {
      hidden_layer_input <- t(t(X %*% params$wh) + c(params$bh))
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- t(t(hidden_activations %*% params$wout) +
                                c(params$bout))
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # right: outer() of a column of 1s and the bias, an n x h matrix
  attempt(
    "check_forward", "pass", "PASS",
    function(X, params) {
      ones <- rep(1, nrow(X))
      hidden_layer_input <- X %*% params$wh + outer(ones, c(params$bh))
      hidden_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- hidden_activations %*% params$wout +
        outer(ones, c(params$bout))
      list(hidden_layer_input = hidden_layer_input,
           hidden_activations = hidden_activations,
           output_layer_input = output_layer_input,
           output = sigmoid(output_layer_input))
    }
  ),

  # built cache up a piece at a time; its last piece's assignment is the
  # last line, so R gave back only the output matrix
  attempt(
    "check_forward", "no_return", c("list", "the value of its last line"),
    function(X, params) {
      n <- nrow(X)
      cache <- list()
      cache$hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
      cache$hidden_activations <- sigmoid(cache$hidden_layer_input)
      cache$output_layer_input <- cache$hidden_activations %*% params$wout +
        rep(params$bout, each = n)
      cache$output <- sigmoid(cache$output_layer_input)
    }
  ),

  # right: apply() over the rows adds the bias (t() because apply turns it),
  # and I kept n and the inputs in the list too
  attempt(
    "check_forward", "pass", "PASS",
    function(X, params) {
      add_bias <- function(Z, b) t(apply(Z, 1, function(row) row + c(b)))
      Z1 <- add_bias(X %*% params$wh, params$bh)
      A1 <- sigmoid(Z1)
      Z2 <- A1 %*% params$wout + rep(params$bout, each = nrow(X))
      list(n = nrow(X), input = X, hidden_layer_input = Z1,
           hidden_activations = A1, output_layer_input = Z2,
           output = sigmoid(Z2))
    }
  ),

  # ---------------------------------------------------------------------------
  # my_backward: steps 5-11
  # ---------------------------------------------------------------------------

  # divided by the number of samples, "to average the gradient"
  attempt(
    "check_backward", "mean_for_sum",
    c("dwout", "step 10", "5 times too small"),
    function(X, y, params, cache) {
      n <- nrow(X)
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output / n,
           dbout = colSums(d_output) / n, dwh = t(X) %*% d_hidden / n,
           dbh = colSums(d_hidden) / n)
    }
  ),

  # colMeans for the biases: a bias is "the average push"
  attempt(
    "check_backward", "mean_for_sum",
    c("dbout", "step 11", "5 times too small"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- output * (1 - output)
      slope_hidden <- hidden * (1 - hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colMeans(d_output), dwh = t(X) %*% d_hidden,
           dbh = colMeans(d_hidden))
    }
  ),

  # averaged the hidden side only, crossprod() / n and colMeans
  attempt(
    "check_backward", "mean_for_sum", c("dwh", "step 10", "5 times too small"),
    function(X, y, params, cache) {
      n <- nrow(X)
      A2 <- cache$output
      A1 <- cache$hidden_activations
      E <- y - A2
      slope_output <- sigmoid_slope(A2)
      slope_hidden <- sigmoid_slope(A1)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(A1, d_output),
           dbout = colSums(d_output), dwh = crossprod(X, d_hidden) / n,
           dbh = colMeans(d_hidden))
    }
  ),

  # the error as output minus target
  attempt(
    "check_backward", "flipped_sign", c("E", "step 5", "wrong sign"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- output - y
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # "the gradient of the loss" is minus all that, so a minus on each change
  attempt(
    "check_backward", "flipped_sign",
    c("dwout", "step 10", "it is the gradient"),
    function(X, y, params, cache) {
      out <- cache[["output"]]
      H <- cache[["hidden_activations"]]
      E <- y - out
      slope_output <- sigmoid_slope(out)
      slope_hidden <- sigmoid_slope(H)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params[["wout"]])
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = -crossprod(H, d_output),
           dbout = -colSums(d_output), dwh = -crossprod(X, d_hidden),
           dbh = -colSums(d_hidden))
    }
  ),

  # the output slope from output_layer_input, where the sigmoid went in
  attempt(
    "check_backward", "slope_of_preactivation",
    c("slope_output", "step 6", "from the pre-activation"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(cache$output_layer_input)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # the hidden slope z * (1 - z), with z the hidden layer's input
  attempt(
    "check_backward", "slope_of_preactivation",
    c("slope_hidden", "step 6", "from the pre-activation"),
    function(X, y, params, cache) {
      z <- cache$hidden_layer_input
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- A2 * (1 - A2)
      slope_hidden <- z * (1 - z)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(A1) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # computed slope_output, then d_output is just E
  attempt(
    "check_backward", "slope_missing", c("d_output", "step 7", "E alone"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # the output delta is the error, as with a plain linear output
  attempt(
    "check_backward", "slope_missing", c("d_output", "step 7", "E alone"),
    function(X, y, params, cache) {
      H <- cache[["hidden_activations"]]
      out <- cache[["output"]]
      err <- y - out
      delta_out <- err
      err_h <- tcrossprod(delta_out, params[["wout"]])
      delta_h <- err_h * H * (1 - H)
      list(E = err, slope_output = out * (1 - out), slope_hidden = H * (1 - H),
           d_output = delta_out, error_hidden = err_h, d_hidden = delta_h,
           dwout = crossprod(H, delta_out), dbout = colSums(delta_out),
           dwh = crossprod(X, delta_h), dbh = colSums(delta_h))
    }
  ),

  # d_hidden is error_hidden, I forgot slope_hidden in step 9
  attempt(
    "check_backward", "hidden_slope_missing",
    c("d_hidden", "step 9", "error_hidden alone"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # tcrossprod() for step 8, and step 9 without the hidden slope
  attempt(
    "check_backward", "hidden_slope_missing",
    c("d_hidden", "step 9", "error_hidden alone"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- A2 * (1 - A2)
      slope_hidden <- A1 * (1 - A1)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * 1
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(A1, d_output),
           dbout = matrix(colSums(d_output), nrow = 1),
           dwh = crossprod(X, d_hidden),
           dbh = matrix(colSums(d_hidden), nrow = 1))
    }
  ),

  # sent E back through wout, not d_output
  attempt(
    "check_backward", "E_for_d_output",
    c("error_hidden", "step 8", "made from E where d_output belongs"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- E %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # wout's change from the error E
  attempt(
    "check_backward", "E_for_d_output",
    c("dwout", "step 10", "made from E where d_output belongs"),
    function(X, y, params, cache) {
      out <- cache$output
      hidden <- cache$hidden_activations
      E <- y - out
      slope_output <- sigmoid_slope(out)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(hidden, E),
           dbout = colSums(d_output), dwh = crossprod(X, d_hidden),
           dbh = colSums(d_hidden))
    }
  ),

  # wh's change from error_hidden, one line too early
  attempt(
    "check_backward", "error_hidden_for_d_hidden",
    c("dwh", "step 10", "made from error_hidden where d_hidden belongs"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% error_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # crossprod(X, error_hidden): the error that reached the hidden layer
  attempt(
    "check_backward", "error_hidden_for_d_hidden",
    c("dwh", "step 10", "made from error_hidden where d_hidden belongs"),
    function(X, y, params, cache) {
      A1 <- cache[["hidden_activations"]]
      A2 <- cache[["output"]]
      grads <- list(E = y - A2, slope_output = sigmoid_slope(A2),
                    slope_hidden = sigmoid_slope(A1))
      grads$d_output <- grads$E * grads$slope_output
      grads$error_hidden <- tcrossprod(grads$d_output, params[["wout"]])
      grads$d_hidden <- grads$error_hidden * grads$slope_hidden
      grads$dwout <- crossprod(A1, grads$d_output)
      grads$dbout <- colSums(grads$d_output)
      grads$dwh <- crossprod(X, grads$error_hidden)
      grads$dbh <- colSums(grads$d_hidden)
      grads
    }
  ),

  # wout's change from X, the inputs, as in the one-layer lessons
  attempt(
    "check_backward", "X_for_hidden",
    c("dwout", "step 10", "made from X where hidden_activations belongs"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(X) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # crossprod(X, ...) for both weight changes, copy and paste
  attempt(
    "check_backward", "X_for_hidden",
    c("dwout", "step 10", "made from X where hidden_activations belongs"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- sigmoid_slope(A2)
      slope_hidden <- sigmoid_slope(A1)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(X, d_output),
           dbout = colSums(d_output), dwh = crossprod(X, d_hidden),
           dbh = colSums(d_hidden))
    }
  ),

  # %*% for "error times slope" in step 7
  attempt(
    "check_backward", "matrix_product_for_elementwise",
    c("d_output", "step 7", "multiplies entry by entry"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E %*% slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden %*% slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # step 7 with *, then %*% again in step 9 since it came after a %*%
  attempt(
    "check_backward", "matrix_product_for_elementwise",
    c("d_hidden", "step 9", "multiplies entry by entry"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- sigmoid_slope(A2)
      slope_hidden <- sigmoid_slope(A1)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden %*% slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(A1) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # tutorial 003's step 7: d_output times the learning rate
  attempt(
    "check_backward", "lr_in_backward",
    c("d_output", "step 7", "multiplied by the learning rate"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output * lr
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # the changes times learning_rate, which backward is never given
  attempt(
    "check_backward", "lr_in_backward",
    c("learning_rate", "belongs to the update alone"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden,
           dwout = t(hidden) %*% d_output * learning_rate,
           dbout = colSums(d_output) * learning_rate,
           dwh = t(X) %*% d_hidden * learning_rate,
           dbh = colSums(d_hidden) * learning_rate)
    }
  ),

  # each change is "lr times the delta", as in lesson 7's step 10
  attempt(
    "check_backward", "lr_in_backward",
    c("dwout", "step 10", "multiplied by the learning rate"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- sigmoid_slope(A2)
      slope_hidden <- sigmoid_slope(A1)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = lr * crossprod(A1, d_output),
           dbout = lr * colSums(d_output), dwh = lr * crossprod(X, d_hidden),
           dbh = lr * colSums(d_hidden))
    }
  ),

  # the output bias change is d_output itself, it has the right columns
  attempt(
    "check_backward", "bias_not_summed",
    c("dbout", "step 11", "a row per sample"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = d_output, dwh = t(X) %*% d_hidden, dbh = d_hidden)
    }
  ),

  # summed dbout, and forgot to sum dbh
  attempt(
    "check_backward", "bias_not_summed",
    c("dbh", "step 11", "a row per sample"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- A2 * (1 - A2)
      slope_hidden <- A1 * (1 - A1)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(A1, d_output),
           dbout = colSums(d_output), dwh = crossprod(X, d_hidden),
           dbh = d_hidden)
    }
  ),

  # rowSums for dbh, as tutorial 003's R code has it
  attempt(
    "check_backward", "bias_over_units", c("dbh", "step 11", "over the units"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = rowSums(d_hidden))
    }
  ),

  # apply(..., 1, sum): I always mix up 1 and 2
  attempt(
    "check_backward", "bias_over_units",
    c("dbout", "step 11", "over the units"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- sigmoid_slope(A2)
      slope_hidden <- sigmoid_slope(A1)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(A1) %*% d_output,
           dbout = apply(d_output, 1, sum), dwh = t(X) %*% d_hidden,
           dbh = apply(d_hidden, 1, sum))
    }
  ),

  # step 8 without t(): d_output times wout
  attempt(
    "check_backward", "missing_transpose",
    c("error_hidden", "step 8", "takes a transpose"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% params$wout
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # wout's change as hidden %*% d_output, no t()
  attempt(
    "check_backward", "missing_transpose",
    c("dwout", "step 10", "takes a transpose"),
    function(X, y, params, cache) {
      H <- cache$hidden_activations
      out <- cache$output
      E <- y - out
      slope_output <- sigmoid_slope(out)
      slope_hidden <- sigmoid_slope(H)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      dwout <- H %*% d_output
      dwh <- X %*% d_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = dwout, dbout = colSums(d_output),
           dwh = dwh, dbh = colSums(d_hidden))
    }
  ),

  # crossprod() in step 8, where tcrossprod() belongs
  attempt(
    "check_backward", "missing_transpose",
    c("error_hidden", "step 8", "takes a transpose"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- sigmoid_slope(A2)
      slope_hidden <- sigmoid_slope(A1)
      d_output <- E * slope_output
      error_hidden <- crossprod(d_output, params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(A1, d_output),
           dbout = colSums(d_output), dwh = crossprod(X, d_hidden),
           dbh = colSums(d_hidden))
    }
  ),

  # t(d_output) %*% hidden: the t() went on the wrong one
  attempt(
    "check_backward", "operands_swapped",
    c("dwout", "step 10", "turned the wrong way"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(d_output) %*% hidden,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # the changes named after the weights I know, dW2, db2, dW1, db1
  attempt(
    "check_backward", "near_miss_name",
    c("dwout", "step 10", "where the checker looks for"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dW2 = t(hidden) %*% d_output,
           db2 = colSums(d_output), dW1 = t(X) %*% d_hidden,
           db1 = colSums(d_hidden))
    }
  ),

  # returned only the changes, which is all update needs
  attempt(
    "check_backward", "name_missing", c("E", "step 5", "returned no"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      d_output <- (y - output) * sigmoid_slope(output)
      d_hidden <- (d_output %*% t(params$wout)) * sigmoid_slope(hidden)
      list(dwout = t(hidden) %*% d_output, dbout = colSums(d_output),
           dwh = t(X) %*% d_hidden, dbh = colSums(d_hidden))
    }
  ),

  # the slopes written inline, so they never got names of their own
  attempt(
    "check_backward", "name_missing",
    c("slope_output", "step 6", "returned no"),
    function(X, y, params, cache) {
      out <- cache$output
      H <- cache$hidden_activations
      E <- y - out
      d_output <- E * out * (1 - out)
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * H * (1 - H)
      list(E = E, d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(H, d_output),
           dbout = colSums(d_output), dwh = crossprod(X, d_hidden),
           dbh = colSums(d_hidden))
    }
  ),

  # list() of all ten in the contract's order, no names
  attempt(
    "check_backward", "not_named", c("list", "needs a named list"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      dwout <- t(hidden) %*% d_output
      dbout <- colSums(d_output)
      dwh <- t(X) %*% d_hidden
      dbh <- colSums(d_hidden)
      list(E, slope_output, d_output, slope_hidden, error_hidden, d_hidden,
           dwout, dbout, dwh, dbh)
    }
  ),

  # ended on the last step, dbh, and that is what came back
  attempt(
    "check_backward", "no_return", c("list", "the value of its last line"),
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output
      slope_output <- sigmoid_slope(output)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      dwout <- t(hidden) %*% d_output
      dbout <- colSums(d_output)
      dwh <- t(X) %*% d_hidden
      dbh <- colSums(d_hidden)
    }
  ),

  # cache$hidden for short: two names start so, and R gives NULL
  attempt(
    "check_backward", "error_other", c("slope_hidden", "step 6", "stopped"),
    function(X, y, params, cache) {
      hidden <- cache$hidden
      out <- cache$output
      E <- y - out
      slope_output <- sigmoid_slope(out)
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # params$W2 in tcrossprod(): NULL, so R took d_output times its own t(),
  # an n x n matrix, and step 9 stopped
  attempt(
    "check_backward", "error_other",
    c("d_hidden", "step 8", "look at the line that made it"),
    function(X, y, params, cache) {
      A1 <- cache$hidden_activations
      A2 <- cache$output
      E <- y - A2
      slope_output <- sigmoid_slope(A2)
      slope_hidden <- sigmoid_slope(A1)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params$W2)
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(A1, d_output),
           dbout = colSums(d_output), dwh = crossprod(X, d_hidden),
           dbh = colSums(d_hidden))
    }
  ),

  # right: as the lesson shows, t() %*% and colSums
  attempt(
    "check_backward", "pass", "PASS",
    function(X, y, params, cache) {
      output <- cache$output
      hidden <- cache$hidden_activations
      E <- y - output # Step 5
      slope_output <- sigmoid_slope(output) # Step 6
      slope_hidden <- sigmoid_slope(hidden)
      d_output <- E * slope_output # Step 7
      error_hidden <- d_output %*% t(params$wout) # Step 8
      d_hidden <- error_hidden * slope_hidden # Step 9
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = t(hidden) %*% d_output,
           dbout = colSums(d_output), dwh = t(X) %*% d_hidden,
           dbh = colSums(d_hidden))
    }
  ),

  # right: crossprod/tcrossprod, and the bias sums kept 1 x k and 1 x h
  attempt(
    "check_backward", "pass", "PASS",
    function(X, y, params, cache) {
      A1 <- cache[["hidden_activations"]]
      A2 <- cache[["output"]]
      E <- y - A2
      slope_output <- A2 * (1 - A2)
      slope_hidden <- A1 * (1 - A1)
      d_output <- E * slope_output
      error_hidden <- tcrossprod(d_output, params[["wout"]])
      d_hidden <- error_hidden * slope_hidden
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = crossprod(A1, d_output),
           dbout = matrix(colSums(d_output), nrow = 1),
           dwh = crossprod(X, d_hidden),
           dbh = matrix(colSums(d_hidden), nrow = 1))
    }
  ),

  # right: the list grown piece by piece, apply(..., 2, sum) for the biases,
  # and the output and hidden kept in it as well
  attempt(
    "check_backward", "pass", "PASS",
    function(X, y, params, cache) {
      grads <- list(output = cache$output, hidden = cache$hidden_activations)
      grads$E <- y - grads$output
      grads$slope_output <- sigmoid_slope(grads$output)
      grads$slope_hidden <- sigmoid_slope(grads$hidden)
      grads$d_output <- grads$E * grads$slope_output
      grads$error_hidden <- grads$d_output %*% t(params$wout)
      grads$d_hidden <- grads$error_hidden * grads$slope_hidden
      grads$dwout <- t(grads$hidden) %*% grads$d_output
      grads$dbout <- apply(grads$d_output, 2, sum)
      grads$dwh <- t(X) %*% grads$d_hidden
      grads$dbh <- apply(grads$d_hidden, 2, sum)
      grads
    }
  ),

  # right: a loop over the samples adding outer() products, as lesson 8
  # writes the sums, and a row of 1s times the delta for the bias sums
  attempt(
    "check_backward", "pass", "PASS",
    function(X, y, params, cache) {
      H <- cache$hidden_activations
      out <- cache$output
      E <- y - out
      slope_output <- out * (1 - out)
      slope_hidden <- H * (1 - H)
      d_output <- E * slope_output
      error_hidden <- d_output %*% t(params$wout)
      d_hidden <- error_hidden * slope_hidden
      dwout <- matrix(0, ncol(H), ncol(out))
      dwh <- matrix(0, ncol(X), ncol(H))
      for (i in seq_len(nrow(X))) {
        dwout <- dwout + outer(H[i, ], d_output[i, ])
        dwh <- dwh + outer(X[i, ], d_hidden[i, ])
      }
      ones <- rep(1, nrow(X))
      list(E = E, slope_output = slope_output, slope_hidden = slope_hidden,
           d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, dwout = dwout, dbout = ones %*% d_output,
           dwh = dwh, dbh = ones %*% d_hidden)
    }
  ),

  # right: the names in my own order, the changes first
  attempt(
    "check_backward", "pass", "PASS",
    function(X, y, params, cache) {
      out <- cache$output
      H <- cache$hidden_activations
      E <- y - out
      d_output <- E * sigmoid_slope(out)
      error_hidden <- tcrossprod(d_output, params$wout)
      d_hidden <- error_hidden * sigmoid_slope(H)
      list(dwh = crossprod(X, d_hidden), dbh = colSums(d_hidden),
           dwout = crossprod(H, d_output), dbout = colSums(d_output),
           E = E, d_output = d_output, error_hidden = error_hidden,
           d_hidden = d_hidden, slope_output = sigmoid_slope(out),
           slope_hidden = sigmoid_slope(H))
    }
  ),

  # ---------------------------------------------------------------------------
  # my_update_params: steps 10-11 applied
  # ---------------------------------------------------------------------------

  # added the changes, and forgot the learning rate
  attempt(
    "check_update", "lr_missing",
    c("wh", "step 10", "the whole change was added"),
    function(params, grads, lr) {
      list(wh = params$wh + grads$dwh, bh = params$bh + grads$dbh,
           wout = params$wout + grads$dwout, bout = params$bout + grads$dbout)
    }
  ),

  # Map over the four, without lr
  attempt(
    "check_update", "lr_missing",
    c("wh", "step 10", "the whole change was added"),
    function(params, grads, lr) {
      names <- c("wh", "bh", "wout", "bout")
      Map(`+`, params[names], grads[paste0("d", names)])
    }
  ),

  # gradient descent goes downhill, so minus
  attempt(
    "check_update", "subtracted", c("wh", "step 10", "was subtracted"),
    function(params, grads, lr) {
      for (name in c("wh", "bh", "wout", "bout")) {
        params[[name]] <- params[[name]] - lr * grads[[paste0("d", name)]]
      }
      params
    }
  ),

  # minus, written out one by one
  attempt(
    "check_update", "subtracted", c("wh", "step 10", "was subtracted"),
    function(params, grads, lr) {
      wh <- params[["wh"]] - lr * grads[["dwh"]]
      bh <- params[["bh"]] - lr * grads[["dbh"]]
      wout <- params[["wout"]] - lr * grads[["dwout"]]
      bout <- params[["bout"]] - lr * grads[["dbout"]]
      list(wh = wh, bh = bh, wout = wout, bout = bout)
    }
  ),

  # lr * lr: once for the step and once for the update, as tutorial 003
  attempt(
    "check_update", "lr_twice", c("wh", "step 10", "applied twice"),
    function(params, grads, lr) {
      list(wh = params$wh + lr * lr * grads$dwh,
           bh = params$bh + lr * lr * grads$dbh,
           wout = params$wout + lr * lr * grads$dwout,
           bout = params$bout + lr * lr * grads$dbout)
    }
  ),

  # the step is lr times the change, and then I added lr times the step
  attempt(
    "check_update", "lr_twice", c("wh", "step 10", "applied twice"),
    function(params, grads, lr) {
      for (name in names(params)) {
        step <- lr * grads[[paste0("d", name)]]
        params[[name]] <- params[[name]] + lr * step
      }
      params
    }
  ),

  # the loop updates params, and the loop is the last thing
  attempt(
    "check_update", "no_return", c("list", "the value of its last line"),
    function(params, grads, lr) {
      for (name in c("wh", "bh", "wout", "bout")) {
        params[[name]] <- params[[name]] + lr * grads[[paste0("d", name)]]
      }
    }
  ),

  # four assignments, and the last one is what R gave back
  attempt(
    "check_update", "no_return", c("list", "the value of its last line"),
    function(params, grads, lr) {
      params$wh <- params$wh + lr * grads$dwh
      params$bh <- params$bh + lr * grads$dbh
      params$wout <- params$wout + lr * grads$dwout
      params$bout <- params$bout + lr * grads$dbout
    }
  ),

  # lapply over the names: the list came back without them
  attempt(
    "check_update", "not_named", c("list", "needs a named list"),
    function(params, grads, lr) {
      lapply(c("wh", "bh", "wout", "bout"), function(name) {
        params[[name]] + lr * grads[[paste0("d", name)]]
      })
    }
  ),

  # the four new ones in a list, in order
  attempt(
    "check_update", "not_named", c("list", "needs a named list"),
    function(params, grads, lr) {
      wh_new <- params$wh + lr * grads$dwh
      bh_new <- params$bh + lr * grads$dbh
      wout_new <- params$wout + lr * grads$dwout
      bout_new <- params$bout + lr * grads$dbout
      list(wh_new, bh_new, wout_new, bout_new)
    }
  ),

  # W1, b1, W2, b2, the names I am used to
  attempt(
    "check_update", "near_miss_name",
    c("wh", "step 10", "where the checker looks for"),
    function(params, grads, lr) {
      list(W1 = params$wh + lr * grads$dwh, b1 = params$bh + lr * grads$dbh,
           W2 = params$wout + lr * grads$dwout,
           b2 = params$bout + lr * grads$dbout)
    }
  ),

  # updated the weights, and forgot the biases
  attempt(
    "check_update", "name_missing", c("bh", "step 11", "returned no"),
    function(params, grads, lr) {
      list(wh = params$wh + lr * grads$dwh,
           wout = params$wout + lr * grads$dwout)
    }
  ),

  # returned the steps, lr times each change, for train to add
  attempt(
    "check_update", "name_missing", c("wh", "step 10", "returned no"),
    function(params, grads, lr) {
      list(dwh = lr * grads$dwh, dbh = lr * grads$dbh,
           dwout = lr * grads$dwout, dbout = lr * grads$dbout)
    }
  ),

  # paste("d", name) has a space, so grads[["d wh"]] is NULL: no error,
  # every new parameter is numeric(0)
  attempt(
    "check_update", "wrong_count", c("wh", "step 10", "has 0 values"),
    function(params, grads, lr) {
      for (name in c("wh", "bh", "wout", "bout")) {
        params[[name]] <- params[[name]] + lr * grads[[paste("d", name)]]
      }
      params
    }
  ),

  # typed param for params
  attempt(
    "check_update", "error_other", c("wh", "step 10", "did you mean"),
    function(params, grads, lr) {
      wh <- param$wh + lr * grads$dwh
      bh <- param$bh + lr * grads$dbh
      wout <- param$wout + lr * grads$dwout
      bout <- param$bout + lr * grads$dbout
      list(wh = wh, bh = bh, wout = wout, bout = bout)
    }
  ),

  # right: as the lesson shows, a for loop over the names
  attempt(
    "check_update", "pass", "PASS",
    function(params, grads, lr) {
      for (name in c("wh", "bh", "wout", "bout")) {
        params[[name]] <- params[[name]] + lr * grads[[paste0("d", name)]]
      }
      params
    }
  ),

  # right: Map() keeps the names of params
  attempt(
    "check_update", "pass", "PASS",
    function(params, grads, lr) {
      names <- c("wh", "bh", "wout", "bout")
      Map(function(p, g) p + lr * g, params[names], grads[paste0("d", names)])
    }
  ),

  # right: each written out with $
  attempt(
    "check_update", "pass", "PASS",
    function(params, grads, lr) {
      list(wh = params$wh + lr * grads$dwh, bh = params$bh + lr * grads$dbh,
           wout = params$wout + lr * grads$dwout,
           bout = params$bout + lr * grads$dbout)
    }
  ),

  # right: sapply(simplify = FALSE) names the list by the names it runs over
  attempt(
    "check_update", "pass", "PASS",
    function(params, grads, lr) {
      sapply(c("wh", "bh", "wout", "bout"), function(name) {
        params[[name]] + lr * grads[[paste0("d", name)]]
      }, simplify = FALSE)
    }
  ),

  # right: setNames() around lapply(), and a new list, not params
  attempt(
    "check_update", "pass", "PASS",
    function(params, grads, lr) {
      names <- c("wh", "bh", "wout", "bout")
      new_params <- lapply(names, function(name) {
        params[[name]] + lr * grads[[paste0("d", name)]]
      })
      setNames(new_params, names)
    }
  ),

  # ---------------------------------------------------------------------------
  # my_train: the loop
  # ---------------------------------------------------------------------------

  # the loss as the sum of the squares, halved
  attempt(
    "check_train", "loss_as_sum",
    c("loss", "step 4", "a sum over the 10 entries"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- sum((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # sum(E^2), the squared error, everything written out
  attempt(
    "check_train", "loss_as_sum",
    c("loss", "step 4", "a sum over the 10 entries"),
    function(X, y, params, lr, epochs) {
      n <- nrow(X)
      losses <- c()
      for (i in 1:epochs) {
        H <- sigmoid(X %*% params$wh + rep(params$bh, each = n))
        out <- sigmoid(H %*% params$wout + rep(params$bout, each = n))
        E <- y - out
        losses <- c(losses, sum(E^2))
        d_output <- E * out * (1 - out)
        d_hidden <- (d_output %*% t(params$wout)) * H * (1 - H)
        params$wout <- params$wout + lr * t(H) %*% d_output
        params$bout <- params$bout + lr * colSums(d_output)
        params$wh <- params$wh + lr * t(X) %*% d_hidden
        params$bh <- params$bh + lr * colSums(d_hidden)
      }
      list(params = params, loss = losses)
    }
  ),

  # mean((y - output)^2), the MSE of lesson 1
  attempt(
    "check_train", "loss_without_half", c("loss", "step 4", "half of it"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2)
        grads <- good_backward(X, y, params, cache)
        params <- good_update(params, grads, lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # backward already has E, so the loss is mean(E^2)
  attempt(
    "check_train", "loss_without_half", c("loss", "step 4", "half of it"),
    function(X, y, params, lr, epochs) {
      loss_history <- c()
      for (epoch in 1:epochs) {
        grads <- good_backward(X, y, params, good_forward(X, params))
        loss_history <- c(loss_history, mean(grads$E^2))
        params <- good_update(params, grads, lr)
      }
      list(params = params, loss = loss_history)
    }
  ),

  # the loss of the new params, "to see what the update did"
  attempt(
    "check_train", "loss_after_update", c("loss", "step 4", "after the update"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        params <- good_update(params, good_backward(X, y, params, cache), lr)
        losses[epoch] <- mean((y - good_forward(X, params)$output)^2) / 2
      }
      list(params = params, loss = losses)
    }
  ),

  # update first, then forward again for the loss at the end of the epoch
  attempt(
    "check_train", "loss_after_update", c("loss", "step 4", "after the update"),
    function(X, y, params, lr, epochs) {
      losses <- c()
      for (epoch in seq_len(epochs)) {
        grads <- good_backward(X, y, params, good_forward(X, params))
        params <- good_update(params, grads, lr)
        output <- good_forward(X, params)$output
        losses <- c(losses, loss(y, output))
      }
      list(params = params, loss = losses)
    }
  ),

  # 1:(epochs - 1), as Python's range(epochs) stops one short
  attempt(
    "check_train", "epochs_short", c("loss", "step 4", "one epoch too few"),
    function(X, y, params, lr, epochs) {
      losses <- c()
      for (epoch in 1:(epochs - 1)) {
        cache <- good_forward(X, params)
        losses <- c(losses, mean((y - cache$output)^2) / 2)
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # seq(2, epochs), since epoch 1 is "the start"
  attempt(
    "check_train", "epochs_short", c("loss", "step 4", "one epoch too few"),
    function(X, y, params, lr, epochs) {
      losses <- list()
      for (epoch in seq(2, epochs)) {
        cache <- good_forward(X, params)
        losses[[length(losses) + 1]] <- mean((y - cache$output)^2) / 2
        grads <- good_backward(X, y, params, cache)
        params <- good_update(params, grads, lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # called the update, and thought it changed params
  attempt(
    "check_train", "never_updated", c("loss", "step 4", "never change"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        grads <- good_backward(X, y, params, cache)
        good_update(params, grads, lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # kept the update as new_params, and every epoch starts from params
  attempt(
    "check_train", "never_updated", c("loss", "step 4", "never change"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        new_params <- good_update(params, good_backward(X, y, params, cache),
                                  lr)
      }
      list(params = new_params, loss = losses)
    }
  ),

  # named it losses, as the vector is called
  attempt(
    "check_train", "near_miss_name",
    c("loss", "step 4", "where the checker looks for"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(params = params, losses = losses)
    }
  ),

  # "weights" for the trained parameters
  attempt(
    "check_train", "near_miss_name", c("params", "where the checker looks for"),
    function(X, y, params, lr, epochs) {
      loss <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        loss[epoch] <- mean((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(weights = params, loss = loss)
    }
  ),

  # the loop was the last thing I wrote
  attempt(
    "check_train", "no_return", c("list", "the value of its last line"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
    }
  ),

  # list(params, losses), the two things it asks for
  attempt(
    "check_train", "not_named", c("list", "needs a named list"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(params, losses)
    }
  ),

  # printed the loss every epoch instead of keeping it
  attempt(
    "check_train", "name_missing", c("loss", "step 4", "returned no"),
    function(X, y, params, lr, epochs) {
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        cat("epoch", epoch, "loss", mean((y - cache$output)^2) / 2, "\n")
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(params = params)
    }
  ),

  # cache and params the wrong way round in the call to backward
  attempt(
    "check_train", "error_other", c("good_backward", "step 6", "stopped"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        grads <- good_backward(X, y, cache, params)
        params <- good_update(params, grads, lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # return(params, losses), as Python returns two things
  attempt(
    "check_train", "one_value", c("return", "R returns one value"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      return(params, losses)
    }
  ),

  # right: as the lesson shows, numeric(epochs) filled in
  attempt(
    "check_train", "pass", "PASS",
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # right: the loss grown with c(), by the package's loss()
  attempt(
    "check_train", "pass", "PASS",
    function(X, y, params, lr, epochs) {
      losses <- c()
      for (epoch in 1:epochs) {
        cache <- good_forward(X, params)
        losses <- c(losses, loss(y, cache$output))
        grads <- good_backward(X, y, params, cache)
        params <- good_update(params, grads, lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # right: the loss kept in a list, one entry per epoch
  attempt(
    "check_train", "pass", "PASS",
    function(X, y, params, lr, epochs) {
      history <- vector("list", epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        history[[epoch]] <- 0.5 * mean((y - cache$output)^2)
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      list(params = params, loss = history)
    }
  ),

  # right: everything in one function, sweep() and crossprod(), Map update
  attempt(
    "check_train", "pass", "PASS",
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        H <- sigmoid(sweep(X %*% params$wh, 2, params$bh, "+"))
        out <- sigmoid(sweep(H %*% params$wout, 2, params$bout, "+"))
        E <- y - out
        losses[epoch] <- sum(E^2) / (2 * length(E))
        d_output <- E * out * (1 - out)
        d_hidden <- tcrossprod(d_output, params$wout) * H * (1 - H)
        changes <- list(wh = crossprod(X, d_hidden), bh = colSums(d_hidden),
                        wout = crossprod(H, d_output),
                        bout = colSums(d_output))
        params <- Map(function(p, d) p + lr * d, params[names(changes)],
                      changes)
      }
      list(params = params, loss = losses)
    }
  ),

  # right: a while loop, and the epochs and lr kept in the result
  attempt(
    "check_train", "pass", "PASS",
    function(X, y, params, lr, epochs) {
      losses <- numeric(0)
      epoch <- 0
      while (epoch < epochs) {
        epoch <- epoch + 1
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        grads <- good_backward(X, y, params, cache)
        params <- good_update(params, grads, lr)
      }
      list(params = params, loss = losses, epochs = epochs, lr = lr)
    }
  ),

  # right: the result assigned on the last line, which R returns anyway
  attempt(
    "check_train", "pass", "PASS",
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        params <- good_update(params, good_backward(X, y, params, cache), lr)
      }
      result <- list(params = params, loss = losses)
    }
  ),

  # the hidden weights "like the output weights": activations times delta
  attempt(
    "check_backward", "hidden_for_X",
    c("dwh", "step 10", "made from hidden_activations where X belongs"),
    function(X, y, params, cache) {
      grads <- good_backward(X, y, params, cache)
      grads$dwh <- t(cache$hidden_activations) %*% grads$d_hidden
      grads
    }
  ),

  # averaged the output delta over the samples, "to keep it small"
  attempt(
    "check_backward", "mean_for_sum",
    c("d_output", "step 7", "divided by the 5 samples"),
    function(X, y, params, cache) {
      output <- cache$output
      E <- y - output
      d_output <- E * output * (1 - output) / nrow(X)
      grads <- good_backward(X, y, params, cache)
      grads$d_output <- d_output
      grads
    }
  ),

  # the textbook's gradients, d(loss)/d(w), returned as they are
  attempt(
    "check_backward", "flipped_sign", c("dwout", "step 10", "it is the gradient"),
    function(X, y, params, cache) {
      grads <- good_backward(X, y, params, cache)
      for (name in c("dwout", "dbout", "dwh", "dbh")) {
        grads[[name]] <- -grads[[name]]
      }
      grads
    }
  ),

  # scaled the changes by lr before the update, which scales them again
  attempt(
    "check_train", "lr_twice", c("loss", "step 4", "applied twice"),
    function(X, y, params, lr, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        cache <- good_forward(X, params)
        losses[epoch] <- mean((y - cache$output)^2) / 2
        grads <- lapply(good_backward(X, y, params, cache), function(g) g * lr)
        params <- good_update(params, grads, lr)
      }
      list(params = params, loss = losses)
    }
  ),

  # kept the squashed hidden layer under both names
  attempt(
    "check_forward", "activation_for_preactivation",
    c("hidden_layer_input", "step 2", "already squashed"),
    function(X, params) {
      hidden <- sigmoid(X %*% params$wh + rep(params$bh, each = nrow(X)))
      out_in <- hidden %*% params$wout + rep(params$bout, each = nrow(X))
      list(hidden_layer_input = hidden, hidden_activations = hidden,
           output_layer_input = out_in, output = sigmoid(out_in))
    }
  )
)
