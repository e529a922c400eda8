# A one-hidden-layer sigmoid network trained by full-batch gradient descent.
#
# This is tutorial 003's network, step for step (steps 0-11), written to be
# read beside its twin python/src/scratchnet/network.py: the same functions, in
# the same order, with the same names and the same numbered steps. Simple and
# readable, not optimised. Base R only.
#
# Shapes, for every function here (rows are samples, as in the tutorial):
#   X     (n, d)   inputs            y     (n, k)   targets in [0, 1]
#   wh    (d, h)   input -> hidden   bh    (1, h)   hidden biases
#   wout  (h, k)   hidden -> output  bout  (1, k)   output biases
#
# A params list holds the four weight matrices under param_names.
# Each public function checks its arguments once, at its door (checks.R); the
# trainers then run their epochs through unchecked twins (.forward(),
# .backward(), .update_params(), .loss()), so no check runs per epoch.
# Sign convention: as in the tutorial, E = y - output and every change d...
# is *minus* a gradient, so the update *adds* lr times it.
#
# Where this code departs from the tutorial's, it says so:
# * The tutorial's step list multiplies the output delta by the learning rate
#   (step 7) and then again in the updates (steps 10-11). Here the learning
#   rate is applied once, in the updates, as in the tutorial's Python code.
# * The tutorial's R code keeps one bias row per training sample and updates
#   it with rowSums() (a sum over hidden units). Here both languages keep one
#   bias row and sum the deltas over samples (colSums), as the tutorial's
#   Python code does.

#' The weights and biases, in the order init_params() draws them
#'
#' @format A character vector: `"wh"`, `"bh"`, `"wout"`, `"bout"`.
#' @examples
#' param_names
#' names(init_params(2, 3, 1, seed = 42))
#' @export
param_names <- c("wh", "bh", "wout", "bout")

#' The logistic function 1 / (1 + exp(-x)), elementwise
#'
#' @param x A numeric matrix or vector, any shape.
#' @return Same shape as `x`, values in \[0, 1\].
#' @examples
#' sigmoid(c(-1000, 0, 2))
#' @export
sigmoid <- function(x) {
  # For x < -709, exp(-x) overflows to Inf and 1 / (1 + Inf) is 0: the right
  # answer (the true value is below the smallest double). R gives it silently.
  x <- check_numbers(x, "x")
  1 / (1 + exp(-x))
}

#' The sigmoid's derivative, computed from its output
#'
#' Computes the sigmoid's derivative from its output, the activation a:
#' a * (1 - a).
#' If a = sigmoid(z) then da / dz = a * (1 - a). Pass the activation, not the
#' input z: `sigmoid_slope(z)` would be the classic learner's bug (and is
#' tutorial 000's `sigmoid_derivative` trap).
#'
#' @param activation sigmoid(z), any shape.
#' @return Same shape as `activation`.
#' @examples
#' a <- sigmoid(0)
#' sigmoid_slope(a)  # 0.25: pass the activation, not z
#' @export
sigmoid_slope <- function(activation) {
  activation <- check_numbers(activation, "activation")
  activation * (1 - activation)
}

#' Half the mean squared error, the number reported each epoch
#'
#' @param y Targets, an n x k matrix.
#' @param output The network's output, an n x k matrix.
#' @return The mean over all n * k entries of (y - output)^2 / 2.
#' @examples
#' loss(matrix(c(1, 0)), matrix(c(0.9, 0.2)))
#' @export
loss <- function(y, output) {
  both <- check_same_shape(y, "y", output, "output")
  .loss(both[[1]], both[[2]])
}

.loss <- function(y, output) {
  mean((y - output)^2) / 2
}

#' Step 5: E = y - output, minus the derivative of (y - output)^2 / 2 by output
#'
#' @param y Targets, an n x k matrix.
#' @param output The network's output, an n x k matrix.
#' @return An n x k matrix.
#' @examples
#' output_error(matrix(c(1, 0)), matrix(c(0.9, 0.2)))
#' @export
output_error <- function(y, output) {
  both <- check_same_shape(y, "y", output, "output")
  .output_error(both[[1]], both[[2]])
}

.output_error <- function(y, output) {
  y - output
}

#' Step 1: start weights and biases, uniform on (0, 1), from a seed
#'
#' Draws the start weights and biases, uniform on (0, 1), from a seed.
#' One stream of `runif()` numbers is drawn in the order wh, bh, wout, bout,
#' and each matrix is filled column by column, as `matrix()` fills it. So the
#' same seed gives the same numbers in R and Python, bit for bit. The caller's
#' random state is left as it was (see [runif_from_seed()]).
#'
#' @param n_inputs,n_hidden,n_outputs d, h and k, each >= 1.
#' @param seed An integer in \[-(2^31 - 1), 2^31 - 1\].
#' @return A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout` (1 x k).
#' @examples
#' params <- init_params(4, 3, 1, seed = 42)
#' params$wh
#' @export
init_params <- function(n_inputs, n_hidden, n_outputs, seed) {
  n_inputs <- check_whole(n_inputs, "n_inputs", 1)
  n_hidden <- check_whole(n_hidden, "n_hidden", 1)
  n_outputs <- check_whole(n_outputs, "n_outputs", 1)
  seed <- check_seed(seed)
  shapes <- list(
    wh = c(n_inputs, n_hidden),
    bh = c(1, n_hidden),
    wout = c(n_hidden, n_outputs),
    bout = c(1, n_outputs)
  )
  draws <- runif_from_seed(sum(vapply(shapes, prod, numeric(1))), seed)
  params <- list()
  start <- 0
  for (name in names(shapes)) {
    size <- prod(shapes[[name]])
    params[[name]] <- matrix(
      draws[start + seq_len(size)],
      nrow = shapes[[name]][1], ncol = shapes[[name]][2]
    )
    start <- start + size
  }
  params
}

#' Steps 2-4, forward propagation
#'
#' @param X Inputs, an n x d matrix.
#' @param params A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout`
#'   (1 x k).
#' @return A list: `hidden_layer_input` (n x h), `hidden_activations` (n x h),
#'   `output_layer_input` (n x k), `output` (n x k).
#' @examples
#' toy <- load_dataset("toy")
#' cache <- forward(toy$X, init_params(4, 3, 1, seed = 42))
#' cache$output
#' @export
forward <- function(X, params) {
  params <- check_params(params)
  X <- check_matrix(X, "X", inputs = nrow(params$wh))
  check_fits(params, X)
  .forward(X, params)
}

.forward <- function(X, params) {
  # Step 2: hidden layer input = X . wh + bh (bh is added to every row; R
  # does not stretch a row over a matrix as numpy does, so each bias is
  # repeated down its column: rep(bh, each = n), which is faster than sweep()).
  n <- nrow(X)
  hidden_layer_input <- X %*% params$wh + rep(params$bh, each = n)
  # Step 3: hidden activations = sigmoid(hidden layer input).
  hidden_activations <- sigmoid(hidden_layer_input)
  # Step 4: output = sigmoid(hidden activations . wout + bout).
  output_layer_input <- hidden_activations %*% params$wout +
    rep(params$bout, each = n)
  output <- sigmoid(output_layer_input)
  list(
    hidden_layer_input = hidden_layer_input,
    hidden_activations = hidden_activations,
    output_layer_input = output_layer_input,
    output = output
  )
}

#' Steps 5-9, backward propagation, and the weight changes of steps 10-11
#'
#' Runs steps 5-9 of backpropagation on what [forward()] returned, and gives
#' every intermediate and the changes of steps 10-11.
#' The changes `dwh`, `dbh`, `dwout`, `dbout` are *minus* the gradient of the
#' summed squared error sum((y - output)^2) / 2, which is n * k times the
#' reported [loss()]. Because they are sums over samples, a learning rate that
#' works for 3 samples is too large for 1000.
#'
#' @param X Inputs, an n x d matrix.
#' @param y Targets, an n x k matrix.
#' @param params A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout`
#'   (1 x k).
#' @param cache What `forward(X, params)` returned.
#' @return A list: `E` (n x k), `slope_output` (n x k), `slope_hidden` (n x h),
#'   `d_output` (n x k), `error_hidden` (n x h), `d_hidden` (n x h),
#'   `dwout` (h x k), `dbout` (1 x k), `dwh` (d x h), `dbh` (1 x h).
#' @examples
#' toy <- load_dataset("toy")
#' params <- init_params(4, 3, 1, seed = 42)
#' grads <- backward(toy$X, toy$y, params, forward(toy$X, params))
#' grads$dwout
#' @export
backward <- function(X, y, params, cache) {
  params <- check_params(params)
  X <- check_matrix(X, "X", inputs = nrow(params$wh))
  y <- check_matrix(y, "y", column = TRUE)
  check_rows(X, "X", y, "y")
  check_fits(params, X, y)
  check_keys(cache, "cache", c("hidden_activations", "output"),
             "forward(X, params)")
  for (key in c("hidden_activations", "output")) {
    check_rows(check_matrix(cache[[key]], paste("cache", key)),
               paste("cache", key), X, "X")
  }
  .backward(X, y, params, cache)
}

.backward <- function(X, y, params, cache) {
  hidden_activations <- cache$hidden_activations
  # Step 5: error at the output, E = y - output.
  E <- .output_error(y, cache$output)
  # Step 6: slopes of the output and hidden layers, from their activations.
  slope_output <- sigmoid_slope(cache$output)
  slope_hidden <- sigmoid_slope(hidden_activations)
  # Step 7: delta at the output = E * slope (no learning rate here; the
  # tutorial's step list multiplies by it here and again in steps 10-11).
  d_output <- E * slope_output
  # Step 8: error at the hidden layer = d_output . wout^T. (tcrossprod(a, b)
  # is a %*% t(b) without building t(b); crossprod(a, b) is t(a) %*% b.)
  error_hidden <- tcrossprod(d_output, params$wout)
  # Step 9: delta at the hidden layer = error at hidden * slope.
  d_hidden <- error_hidden * slope_hidden
  # Steps 10-11, the changes: hidden^T . d_output, X^T . d_hidden, and the
  # deltas summed over samples (colSums) for the biases. The tutorial's R
  # code used rowSums() here, a sum over units: a different network.
  list(
    E = E,
    slope_output = slope_output,
    slope_hidden = slope_hidden,
    d_output = d_output,
    error_hidden = error_hidden,
    d_hidden = d_hidden,
    dwout = crossprod(hidden_activations, d_output),
    dbout = matrix(colSums(d_output), nrow = 1),
    dwh = crossprod(X, d_hidden),
    dbh = matrix(colSums(d_hidden), nrow = 1)
  )
}

#' Steps 10-11: move every weight and bias by its change times lr
#'
#' @param params A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout`
#'   (1 x k).
#' @param grads What [backward()] returned (`dwh`, `dbh`, `dwout`, `dbout`);
#'   a bias change may be the plain vector a learner writes,
#'   `colSums(d_hidden)`: it is taken as the row it is.
#' @param lr The learning rate, > 0.
#' @return New parameters, same shapes (R copies; `params` is not modified).
#' @examples
#' toy <- load_dataset("toy")
#' params <- init_params(4, 3, 1, seed = 42)
#' grads <- backward(toy$X, toy$y, params, forward(toy$X, params))
#' update_params(params, grads, lr = 0.1)$bout
#' @export
update_params <- function(params, grads, lr) {
  params <- check_params(params)
  check_keys(grads, "grads", c("dwh", "dbh", "dwout", "dbout"), "backward()")
  changes <- list()
  for (name in param_names) {
    part <- paste0("d", name)
    change <- grads[[part]]
    if (name %in% c("bh", "bout") && is.numeric(change) && is.null(dim(change))) {
      change <- matrix(change, nrow = 1)
    }
    changes[[part]] <- check_matrix(change, paste("grads", part), column = TRUE)
    if (!identical(dim(changes[[part]]), dim(params[[name]]))) {
      stop(scratchnet_error(say(
        "param_shape", name = "grads", part = part,
        rows = nrow(changes[[part]]), columns = ncol(changes[[part]]),
        expected = sprintf("params %s is %d x %d", name, nrow(params[[name]]),
                           ncol(params[[name]]))
      )))
    }
  }
  .update_params(params, changes, check_positive(lr, "lr"))
}

.update_params <- function(params, grads, lr) {
  list(
    # Step 10: wout += hidden^T . d_output * lr;  wh += X^T . d_hidden * lr
    wh = params$wh + grads$dwh * lr,
    # Step 11: bh += colsum(d_hidden) * lr;  bout += colsum(d_output) * lr
    bh = params$bh + grads$dbh * lr,
    wout = params$wout + grads$dwout * lr,
    bout = params$bout + grads$dbout * lr
  )
}

#' Full-batch gradient descent: epochs rounds of forward, backward, update
#'
#' Trains the network by full-batch gradient descent: `epochs` rounds of
#' forward, backward and update, from `params`.
#' Each argument is checked once, before the first epoch.
#'
#' @param X Step 0: inputs, an n x d matrix.
#' @param y Step 0: targets, an n x k matrix.
#' @param params Start weights (from [init_params()], or your own), shapes as
#'   in [forward()].
#' @param lr The learning rate, > 0.
#' @param epochs How many updates, >= 0.
#' @return A `scratchnet_result`, a list that prints in a few lines:
#'   `params`, the trained parameters; `loss`, a vector of length epochs, the
#'   loss of each epoch's forward pass, taken before that epoch's update;
#'   `accuracy` on the training data; and `warnings`, the lines of a run that
#'   went wrong (each also signalled as a `scratchnet_warning`). Signals a
#'   `scratchnet_error` if the loss stops being a finite number.
#' @examples
#' toy <- load_dataset("toy")
#' result <- train(toy$X, toy$y, init_params(4, 3, 1, seed = 42), lr = 0.1,
#'   epochs = 500)
#' result
#' @export
train <- function(X, y, params, lr, epochs) {
  checked <- check_training(X, y, params, lr, epochs)
  X <- checked$X
  y <- checked$y
  params <- checked$params
  loss_history <- numeric(checked$epochs)
  if (checked$epochs == 0) cache <- .forward(X, params)
  for (epoch in seq_len(checked$epochs)) {
    cache <- .forward(X, params)
    loss_history[epoch] <- .loss(y, cache$output)
    if (!is.finite(loss_history[epoch])) {
      # Epochs are numbered from 0 in messages, as in Python.
      stop(diverged_error(epoch - 1))
    }
    params <- .update_params(params, .backward(X, y, params, cache),
                             checked$lr)
  }
  z <- cache$hidden_layer_input
  .finish(X, y, params, loss_history, saturated(z) / length(z), cache$output)
}

# A trainer's result, diagnosed; share and output are the last epoch's
# forward pass'. The accuracy and the saturation are taken where the loss is:
# in the last epoch's forward pass, before its update, so no trainer pays for
# one more pass. Each finding is also signalled as a warning.
.finish <- function(X, y, params, loss, share, output) {
  found <- if (length(loss) > 0) diagnose(X, share, loss) else list()
  warn(found)
  lines <- vapply(found, warning_line, character(1))
  structure(list(params = params, loss = loss,
                 accuracy = .accuracy(y, output), warnings = lines),
            class = "scratchnet_result")
}

#' Print a training result in a few lines
#'
#' Prints a training result in a few lines.
#' Python's twin is the `__repr__` of its `TrainResult` class; both print
#' [result_lines()].
#'
#' @param x What [train()] or [train_fast()] returned.
#' @param ... Ignored.
#' @return `x`, invisibly.
#' @examples
#' toy <- load_dataset("toy")
#' print(train(toy$X, toy$y, init_params(4, 3, 1, seed = 42), 0.1, 100))
#' @export
print.scratchnet_result <- function(x, ...) {
  writeLines(result_lines(x))
  invisible(x)
}

#' A training result in a few lines, the same in R and Python
#'
#' @param result What [train()] or [train_fast()] returned.
#' @return A character vector.
#' @keywords internal
result_lines <- function(result) {
  shapes <- paste(vapply(param_names, function(k) {
    sprintf("%s %d x %d", k, nrow(result$params[[k]]), ncol(result$params[[k]]))
  }, ""), collapse = ", ")
  epochs <- length(result$loss)
  losses <- if (epochs > 0) {
    sprintf("%s at the start, %s at the end", number(result$loss[1]),
            number(result$loss[epochs]))
  } else {
    "no epochs run"
  }
  c(sprintf("scratchnet training result: %d epochs", epochs),
    paste0("  params: ", shapes),
    paste0("  loss: ", losses),
    sprintf("  training accuracy: %.1f%%", 100 * result$accuracy),
    paste0("  warnings: ", if (length(result$warnings) == 0) "none" else
      length(result$warnings)),
    if (length(result$warnings) > 0) paste0("    ", result$warnings))
}

#' The network's output for inputs X (a forward pass, nothing else)
#'
#' Runs a forward pass and returns the network's output for inputs X, nothing
#' else.
#' Not called `predict()`, which would mask R's generic `stats::predict()`.
#'
#' @param X Inputs, an n x d matrix.
#' @param params A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout`
#'   (1 x k).
#' @return An n x k matrix, values in \[0, 1\].
#' @examples
#' toy <- load_dataset("toy")
#' predict_output(toy$X, init_params(4, 3, 1, seed = 42))
#' @export
predict_output <- function(X, params) {
  forward(X, params)$output
}

#' The share of samples classified right
#'
#' Counts the share of samples the network classifies right.
#' One output: right when output and target fall on the same side of 0.5.
#' Several outputs (one-hot targets): right when the largest output is at the
#' target's 1 (the first largest, as `max.col(ties.method = "first")` takes
#' it).
#'
#' @param y Targets, an n x k matrix.
#' @param output The network's output, an n x k matrix.
#' @return A number in \[0, 1\].
#' @examples
#' accuracy(matrix(c(1, 0, 1)), matrix(c(0.9, 0.2, 0.4)))
#' @export
accuracy <- function(y, output) {
  both <- check_same_shape(y, "y", output, "output")
  .accuracy(both[[1]], both[[2]])
}

.accuracy <- function(y, output) {
  if (ncol(y) == 1) return(mean((output >= 0.5) == (y >= 0.5)))
  mean(max.col(output, "first") == max.col(y, "first"))
}
