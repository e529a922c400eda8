# Rosenblatt's perceptron: a weighted sum, a step, a bias (tutorial 001).
#
# And its learning rule, which finds a separating line when there is one (AND,
# OR) and never settles when there is none (XOR): the limit that hidden layers
# remove. Mirrors python/src/scratchnet/perceptron.py.

#' The weighted sum w . x + b
#'
#' @param x,w Inputs and weights, vectors of length d.
#' @param b The bias (0 by default).
#' @return A number.
#' @examples
#' weighted_sum(c(-4, 0, 2, -5), c(0.1, 0.5, 0.7, 1.2))  # tutorial 001: -5
#' @export
weighted_sum <- function(x, w, b = 0) {
  both <- check_vectors(x, "x", w, "w")
  sum(both[[1]] * both[[2]]) + check_number(b, "b")
}

#' 1 if z >= 0, else 0 (tutorial 001's threshold at 0)
#'
#' @param z A weighted sum.
#' @return 0 or 1.
#' @examples
#' step_function(-5)
#' step_function(0)  # fires at zero
#' @export
step_function <- function(z) {
  if (check_number(z, "z") >= 0) 1 else 0
}

#' step(w . x + b)
#'
#' @param x,w Inputs and weights, vectors of length d.
#' @param b The bias.
#' @return 0 or 1.
#' @examples
#' perceptron_output(c(0, 0, 2, 3), c(0.1, 0.5, 0.7, 1.2), 0)  # 1
#' @export
perceptron_output <- function(x, w, b) {
  step_function(weighted_sum(x, w, b))
}

#' The perceptron learning rule, from zero weights, one sample at a time
#'
#' Learns a perceptron's weights and bias by the perceptron rule.
#' For each sample in order: error = target - output; w += lr * error * x;
#' b += lr * error. Stops early after an epoch without a mistake.
#'
#' @param X Inputs, an n x d matrix.
#' @param y Targets 0 or 1, a vector of length n.
#' @param lr The learning rate, > 0.
#' @param epochs The most epochs to run.
#' @return A list: `w` (length d), `b`, `mistakes` (one count per epoch
#'   run), `converged` (logical).
#' @examples
#' X <- matrix(c(0, 0, 1, 1, 0, 1, 0, 1), 4)
#' train_perceptron(X, c(0, 0, 0, 1), lr = 0.1, epochs = 20)$converged  # AND
#' @export
train_perceptron <- function(X, y, lr, epochs) {
  X <- check_matrix(X, "X")
  targets <- check_matrix(y, "y", column = TRUE)
  check_rows(X, "X", targets, "y")
  check_targets(targets)
  y <- targets[, 1]
  lr <- check_positive(lr, "lr")
  epochs <- check_whole(epochs, "epochs", 1)
  w <- numeric(ncol(X))
  b <- 0
  mistakes <- integer(0)
  for (epoch in seq_len(epochs)) {
    count <- 0L
    for (row in seq_len(nrow(X))) {
      error <- y[row] - perceptron_output(X[row, ], w, b)
      w <- w + lr * error * X[row, ]
      b <- b + lr * error
      count <- count + as.integer(error != 0)
    }
    mistakes <- c(mistakes, count)
    if (count == 0) break
  }
  list(w = w, b = b, mistakes = mistakes,
       converged = mistakes[length(mistakes)] == 0)
}
