# Module-style layers, each with a forward and a backward (tutorial 001).
#
# Linear(), ReLU() and Sigmoid() each keep what their backward needs from
# their forward, and a network is just a list of them: forward runs the list
# in order, backward in reverse, each layer turning the gradient at its output
# into the gradient at its input and updating its own weights on the way.
#
# Sign convention: tutorial 001's, not tutorial 003's. grad_output is the true
# gradient of the loss by a layer's output (mse_slope() gives
# 2 (output - y) / size), and each layer *subtracts* lr times its weights'
# gradient. The network of network.R instead carries E = y - output (minus a
# gradient) and adds; the two names never mix.

#' max(0, x), elementwise, any shape
#'
#' @param x A numeric matrix or vector.
#' @return Same shape as `x`.
#' @examples
#' relu(c(-2, 0, 3))
#' @export
relu <- function(x) {
  pmax(check_numbers(x, "x"), 0)  # x first: pmax() keeps x's dimensions
}

#' ReLU's derivative from its input x: 1 where x >= 0, else 0
#'
#' Gives ReLU's derivative from its input x: 1 where x >= 0, else 0.
#' At x = 0 the derivative does not exist; like tutorial 001 this takes 1.
#'
#' @param x A numeric matrix or vector.
#' @return Same shape as `x`.
#' @examples
#' relu_slope(c(-2, 0, 3))
#' @export
relu_slope <- function(x) {
  (check_numbers(x, "x") >= 0) * 1
}

#' Layers: Linear, ReLU and Sigmoid, each with a forward and a backward
#'
#' `Linear(weights, bias)` is a fully connected layer: input (m x n_in)
#' %*% weights (n_in x n_out) + bias (1 x n_out); its backward returns the
#' gradient at the input, computed with the weights before this step's update, then
#' updates them. `ReLU()` is max(0, x); its backward multiplies by its slope
#' at the remembered input. `Sigmoid()` is the sigmoid; its backward
#' multiplies by its slope, from the remembered output. (One help page for
#' the three: `?ReLU` and `?relu` would otherwise clash on case-blind file
#' systems.)
#'
#' @param weights An n_in x n_out matrix.
#' @param bias A 1 x n_out matrix.
#' @return A layer: an environment with `forward(x)` and
#'   `backward(grad_output, lr)` (and, for Linear, `weights` and `bias`);
#'   ReLU and Sigmoid take `lr` only to match Linear.
#' @rdname layer_objects
#' @examples
#' layer <- Linear(matrix(c(1, 0, 0, 1), 2), matrix(0, 1, 2))
#' layer$forward(matrix(c(3, 4), 1))
#' ReLU()$forward(matrix(c(-1, 2), 1))
#' Sigmoid()$forward(matrix(0, 1, 1))
#' @export
Linear <- function(weights, bias) {
  # R passes arguments as promises, evaluated on first use; force them now, or
  # a layer made in a loop would see the loop's *last* weights.
  weights <- check_matrix(weights, "weights")
  bias <- check_matrix(bias, "bias")
  if (!identical(dim(bias), c(1L, ncol(weights)))) {
    stop(scratchnet_error(say(
      "param_shape", name = "Linear", part = "bias", rows = nrow(bias),
      columns = ncol(bias), expected = sprintf(
        "weights have %d outputs: expected 1 x %d", ncol(weights), ncol(weights)
      )
    )))
  }
  input_features <- NULL
  forward <- function(x) {
    input_features <<- x
    x %*% weights + rep(bias, each = nrow(x)) # the bias added to every row
  }
  backward <- function(grad_output, lr) {
    grad_input <- grad_output %*% t(weights)
    weights <<- weights - lr * (t(input_features) %*% grad_output)
    bias <<- bias - lr * matrix(colSums(grad_output), nrow = 1)
    grad_input
  }
  environment()
}

#' @rdname layer_objects
#' @export
ReLU <- function() {
  input_features <- NULL
  forward <- function(x) {
    input_features <<- x
    relu(x)
  }
  backward <- function(grad_output, lr) {
    grad_output * relu_slope(input_features)
  }
  environment()
}

#' @rdname layer_objects
#' @export
Sigmoid <- function() {
  activation <- NULL
  forward <- function(x) {
    activation <<- sigmoid(x)
    activation
  }
  backward <- function(grad_output, lr) {
    grad_output * sigmoid_slope(activation)
  }
  environment()
}

#' Linear layers of the given sizes, ReLU between them, Sigmoid at the end
#'
#' Builds a multi-layer network: Linear layers of the given sizes, ReLU between
#' them, Sigmoid at the end.
#' Start weights and biases are uniform on (-0.5, 0.5), as tutorial 001's are
#' (uniform draws minus 0.5), but drawn from the shared seed: one stream of
#' `runif()`, layer by layer, weights then bias, column by column.
#'
#' @param sizes Units per layer, inputs first: `c(2, 20, 20, 2)` is tutorial
#'   001's MLP.
#' @param seed An integer in \[-(2^31 - 1), 2^31 - 1\].
#' @return A list of layers: Linear, ReLU, Linear, ReLU, ..., Linear, Sigmoid.
#' @examples
#' layers <- make_mlp(c(2, 3, 1), seed = 9)
#' length(layers)  # Linear, ReLU, Linear, Sigmoid
#' @export
make_mlp <- function(sizes, seed) {
  ok <- is.numeric(sizes) && length(sizes) >= 2 && all(is.finite(sizes)) &&
    all(sizes >= 1) && all(sizes == round(sizes))
  if (!ok) stop(scratchnet_error(say("sizes", name = "sizes", got = shown(sizes))))
  seed <- check_seed(seed)
  n_in <- sizes[-length(sizes)]
  n_out <- sizes[-1]
  draws <- runif_from_seed(sum(n_in * n_out + n_out), seed) - 0.5
  layers <- list()
  start <- 0
  for (index in seq_along(n_in)) {
    size <- n_in[index] * n_out[index]
    weights <- matrix(draws[start + seq_len(size)], n_in[index], n_out[index])
    start <- start + size
    bias <- matrix(draws[start + seq_len(n_out[index])], nrow = 1)
    start <- start + n_out[index]
    layers <- c(layers, Linear(weights, bias),
                if (index < length(n_in)) ReLU() else Sigmoid())
  }
  layers
}

#' Run x (m x n_in) through every layer in order; returns (m x n_out)
#'
#' @param layers From [make_mlp()].
#' @param x An m x n_in matrix.
#' @return An m x n_out matrix.
#' @examples
#' layers <- make_mlp(c(2, 3, 1), seed = 9)
#' mlp_forward(layers, matrix(c(0, 1), 1))
#' @export
mlp_forward <- function(layers, x) {
  layers <- check_layers(layers)
  x <- check_matrix(x, "x")
  check_layer_inputs(layers, x, "x")
  .mlp_forward(layers, x)
}

.mlp_forward <- function(layers, x) {
  for (layer in layers) x <- layer$forward(x)
  x
}

#' Run the error back through every layer in reverse, updating weights
#'
#' @param layers From [make_mlp()].
#' @param grad_output The loss's gradient by the network's output, (m x n_out).
#' @param lr The learning rate.
#' @return The gradient at the network's input, (m x n_in).
#' @examples
#' layers <- make_mlp(c(2, 3, 1), seed = 9)
#' x <- matrix(c(0, 1), 1)
#' output <- mlp_forward(layers, x)
#' mlp_backward(layers, mse_slope(matrix(1), output), lr = 0.1)
#' @export
mlp_backward <- function(layers, grad_output, lr) {
  layers <- check_layers(layers)
  grad_output <- check_matrix(grad_output, "grad_output", column = TRUE)
  .mlp_backward(layers, grad_output, check_positive(lr, "lr"))
}

.mlp_backward <- function(layers, grad_output, lr) {
  for (layer in rev(layers)) grad_output <- layer$backward(grad_output, lr)
  grad_output
}

#' Tutorial 001's loop: one sample at a time, MSE, epochs passes
#'
#' @param layers From [make_mlp()]; trained in place (closures keep state).
#' @param X Inputs, an n x n_in matrix.
#' @param Y Targets (one-hot rows), an n x n_out matrix.
#' @param lr The learning rate.
#' @param epochs Passes over the data.
#' @return A vector of length epochs: each epoch's mean over samples of
#'   [mse_loss()], each taken before that sample's update (what the tutorial
#'   prints).
#' @examples
#' xor <- load_dataset("xor")
#' layers <- make_mlp(c(2, 4, 2), seed = 42)
#' losses <- train_per_sample(layers, xor$X, xor$y, lr = 0.1, epochs = 50)
#' losses[c(1, 50)]
#' @export
train_per_sample <- function(layers, X, Y, lr, epochs) {
  layers <- check_layers(layers)
  X <- check_matrix(X, "X")
  Y <- check_matrix(Y, "Y", column = TRUE)
  check_rows(X, "X", Y, "Y")
  check_layer_inputs(layers, X, "X")
  lr <- check_positive(lr, "lr")
  epochs <- check_whole(epochs, "epochs", 1)
  history <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    total <- 0
    for (row in seq_len(nrow(X))) {
      x <- X[row, , drop = FALSE]
      target <- Y[row, , drop = FALSE]
      output <- .mlp_forward(layers, x)
      total <- total + .mse_loss(target, output)
      .mlp_backward(layers, .mse_slope(target, output), lr)
    }
    history[epoch] <- total / nrow(X)
  }
  history
}

#' The weights and bias of each Linear layer, in order (for comparing)
#'
#' @param layers From [make_mlp()].
#' @return A list of lists with `weights` and `bias`.
#' @examples
#' str(mlp_params(make_mlp(c(2, 3, 1), seed = 9)))
#' @export
mlp_params <- function(layers) {
  linear <- Filter(function(layer) exists("weights", envir = layer,
                                          inherits = FALSE), layers)
  lapply(linear, function(layer) list(weights = layer$weights,
                                      bias = layer$bias))
}

# A non-empty list of layers, as make_mlp() returns.
check_layers <- function(layers) {
  ok <- is.list(layers) && length(layers) > 0 &&
    all(vapply(layers, is.environment, logical(1))) &&
    exists("weights", envir = layers[[1]], inherits = FALSE)
  if (!ok) stop(scratchnet_error(say("layers_kind", name = "layers",
                                     got = shown(layers))))
  layers
}

# x has a column per input of the first layer.
check_layer_inputs <- function(layers, x, name) {
  if (ncol(x) != nrow(layers[[1]]$weights)) {
    stop(scratchnet_error(say("layer_inputs", name = name, columns = ncol(x),
                              expected = nrow(layers[[1]]$weights))))
  }
}
