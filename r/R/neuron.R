# One neuron, its losses and one gradient step: tutorials 000 and 002.
#
# The smallest pieces a lesson needs beyond the core network, each beside its
# derivative where it has one. Mirrors python/src/scratchnet/neuron.py. Simple
# and readable, not optimised.

#' A sigmoid neuron: sigmoid(w . x + b)
#'
#' @param x Inputs, a vector of length d.
#' @param w Weights, a vector of length d.
#' @param b The bias.
#' @return A number.
#' @examples
#' neuron_output(c(2, 3), c(0, 1), 4)  # tutorial 002: 0.999
#' @export
neuron_output <- function(x, w, b) {
  both <- check_vectors(x, "x", w, "w")
  sigmoid(sum(both[[2]] * both[[1]]) + check_number(b, "b"))
}

#' The mean squared error, mean of (y_true - y_pred)^2 (tutorials 001, 002)
#'
#' Computes the mean squared error of predictions against targets.
#' Twice the core's [loss()], which halves it so its derivative has no 2.
#'
#' @param y_true,y_pred The same shape, any.
#' @return A number.
#' @examples
#' mse_loss(c(1, 0, 0, 1), c(0, 0, 0, 0))  # tutorial 002: 0.5
#' @export
mse_loss <- function(y_true, y_pred) {
  both <- check_vectors(y_true, "y_true", y_pred, "y_pred")
  .mse_loss(both[[1]], both[[2]])
}

.mse_loss <- function(y_true, y_pred) {
  mean((y_true - y_pred)^2)
}

#' The derivative of mse_loss by y_pred: 2 (y_pred - y_true) / size
#'
#' @param y_true,y_pred The same shape, any.
#' @return Same shape.
#' @examples
#' mse_slope(c(1, 0), c(0.8, 0.1))
#' @export
mse_slope <- function(y_true, y_pred) {
  shape <- dim(y_pred)
  both <- check_vectors(y_true, "y_true", y_pred, "y_pred")
  slope <- .mse_slope(both[[1]], both[[2]])
  if (!is.null(shape)) dim(slope) <- shape
  slope
}

.mse_slope <- function(y_true, y_pred) {
  2 * (y_pred - y_true) / length(y_true)
}

#' -(t log p + (1 - t) log(1 - p)), the loss of tutorial 000
#'
#' @param t The true label, 0 or 1.
#' @param p The predicted probability of label 1, in \[0, 1\].
#' @return A number; Inf where the prediction is certain and wrong (p = 1,
#'   t = 0). Terms whose factor is 0 count as 0, so 0 * log(0) does not make a
#'   NaN.
#' @examples
#' binary_cross_entropy(1, 0.9)
#' binary_cross_entropy(0, 1)  # certain and wrong: Inf
#' @export
binary_cross_entropy <- function(t, p) {
  t <- check_number(t, "t")
  p <- check_number(p, "p")
  positive <- if (t != 0) t * log(p) else 0
  negative <- if (t != 1) (1 - t) * log(1 - p) else 0
  -(positive + negative)
}

#' One step downhill: value - alpha * gradient
#'
#' @param value A weight or bias.
#' @param gradient d loss / d value.
#' @param alpha The learning rate.
#' @return A number.
#' @examples
#' gradient_descent_step(0.5, -10, 0.01)  # tutorial 000: 0.6
#' @export
gradient_descent_step <- function(value, gradient, alpha) {
  check_number(value, "value") -
    check_positive(alpha, "alpha") * check_number(gradient, "gradient")
}

#' Tutorial 000's network: no hidden layer, no bias, learning rate 1
#'
#' Trains tutorial 000's network: no hidden layer, no bias, learning rate 1.
#' Each epoch: output = sigmoid(X . weights), error = y - output,
#' weights += X^T . (error * slope(output)). What tutorial 000's code calls
#' `sigmoid_derivative(x)` takes the sigmoid's output; here that is
#' [sigmoid_slope()].
#'
#' @param X Inputs, an n x d matrix.
#' @param y Targets, an n x 1 matrix.
#' @param weights Start weights, a d x 1 matrix.
#' @param epochs How many updates, >= 1.
#' @return A list: `weights` (d x 1) trained; `mean_abs_error` (length
#'   epochs), the mean |error| of each epoch's forward pass; `last_output`
#'   (n x 1), the last epoch's output, taken before its update, which is what
#'   the tutorial prints as "Output after training".
#' @examples
#' data <- load_dataset("single_layer")
#' start <- 2 * matrix(numpy_legacy_random(3, 42), 3, 1) - 1
#' round(train_single_layer(data$X, data$y, start, 1000)$last_output, 4)
#' @export
train_single_layer <- function(X, y, weights, epochs) {
  X <- check_matrix(X, "X")
  y <- check_matrix(y, "y", column = TRUE)
  check_rows(X, "X", y, "y")
  check_targets(y)
  weights <- check_matrix(weights, "weights", column = TRUE)
  if (nrow(weights) != ncol(X)) {
    stop(scratchnet_error(say("weights_rows", name = "weights",
                              rows = nrow(weights), columns = ncol(X))))
  }
  epochs <- check_whole(epochs, "epochs", 1)
  mean_abs_error <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    output <- sigmoid(X %*% weights)
    error <- y - output
    mean_abs_error[epoch] <- mean(abs(error))
    weights <- weights + t(X) %*% (error * sigmoid_slope(output))
  }
  list(weights = weights, mean_abs_error = mean_abs_error,
       last_output = output)
}
