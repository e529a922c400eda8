# The same network, trained fast: train_fast(), the epoch `make bench` times.
#
# train_fast() computes what train() in network.R computes (the same steps
# 2-11, the same start, the same numbers up to rounding) with the work
# rearranged so that R allocates and touches less memory. Read network.R to
# learn the network; read this to see what makes array code fast. Mirrors
# python/src/scratchnet/fast.py, whose header explains speed-ups 1-6. Tests
# check it against train() on every shared experiment, with the same
# tolerance as R against Python (it agrees to about 1e-13).
#
# The speed-ups, as they apply in R:
# 1. Samples as columns: R stores a matrix column by column, so R's (n, h)
#    matrix already holds each unit's n values side by side. R keeps its
#    shapes; Python transposes to get the same layout.
# 2. Biases folded into the weights: the inputs get a column of ones and wh a
#    row holding bh, so step 2 is one matrix product, no bias added after.
#    (The output biases are added to the small (n, k) product instead: a
#    column of ones on the hidden activations would copy an (n, h) matrix.)
# 3. Negated weights: the product gives -z directly, so the sigmoid
#    1 / (1 + exp(-z)) makes three (n, h) temporaries, not four.
# 4. d_hidden is never formed: dwh[a, j] = sum_c wout[j, c] *
#    sum_i slope_hidden[i, j] d_output[i, c] X[i, a], so the (n, h) work is
#    one crossprod() of the columns d_output[, c] * X with slope_hidden.
# 5. (Buffers allocated once: not possible in R, where every result is a new
#    vector; Python does it.)
# 6. Chunks: the batch is walked `chunk` rows at a time, so the (chunk, h)
#    temporaries stay in the CPU cache and R's allocator reuses them instead
#    of asking the system for fresh pages; the changes are summed over all
#    chunks before the one update, so this is still full-batch descent.
#
# Shapes (R's orientation):
#   inputs  (n, d + 1)   X, then a column of ones
#   w1      (d + 1, h)   column j: unit j's weights, then its bias (wh, bh)
#   w2      (h + 1, k)   column c: output c's weights, then its bias

#' Speed-up 6: the size in bytes of one (chunk, h) matrix of doubles
#'
#' The same as in Python: 512 KiB, so the two such matrices of a chunk
#' (hidden activations and their slopes) fill a 1 MiB L2 cache and sit
#' easily in the L3.
#'
#' @format A number, 512 KiB.
#' @keywords internal
CHUNK_BYTES <- 512 * 1024

#' Speed-up 6: samples per chunk, so a (chunk, h) matrix is CHUNK_BYTES
#'
#' @param n_samples,n_hidden n and h, each >= 1.
#' @return A whole number between 1 and n.
#' @keywords internal
chunk_size <- function(n_samples, n_hidden) {
  max(1, min(n_samples, CHUNK_BYTES %/% (8 * n_hidden)))
}

#' Speed-ups 1 and 2: the weights with the biases folded in
#'
#' @param params A list: `wh` (d, h), `bh` (1, h), `wout` (h, k), `bout` (1, k).
#' @return A list: `w1` (d + 1, h), wh with bh as its last row; `w2`
#'   (h + 1, k), wout with bout as its last row.
#' @keywords internal
fold_params <- function(params) {
  list(w1 = rbind(params$wh, params$bh), w2 = rbind(params$wout, params$bout))
}

#' The inverse of fold_params(): the core's names and shapes
#'
#' @param w1 A (d + 1, h) matrix.
#' @param w2 An (h + 1, k) matrix.
#' @return A list: `wh` (d, h), `bh` (1, h), `wout` (h, k), `bout` (1, k).
#' @keywords internal
unfold_params <- function(w1, w2) {
  d <- nrow(w1) - 1
  h <- nrow(w2) - 1
  list(
    wh = w1[seq_len(d), , drop = FALSE],
    bh = w1[d + 1, , drop = FALSE],
    wout = w2[seq_len(h), , drop = FALSE],
    bout = w2[h + 1, , drop = FALSE]
  )
}

#' train(), rearranged for speed (see speed-ups 1-6 in R/fast.R)
#'
#' @param X Step 0: inputs, an (n, d) matrix.
#' @param y Step 0: targets, an (n, k) matrix.
#' @param params Start weights, shapes as in [forward()].
#' @param lr The learning rate, > 0.
#' @param epochs How many updates, >= 0.
#' @param chunk Rows per chunk (speed-up 6); `chunk_size(n, h)` if NULL. Any
#'   value >= 1 gives the same result up to rounding.
#' @return As [train()]: a list with `params`, the trained parameters, and
#'   `loss`, each epoch's loss before its update. Signals a `scratchnet_error`
#'   if the loss stops being a finite number (the weights blew up).
#' @examples
#' toy <- load_dataset("toy")
#' start <- init_params(4, 3, 1, seed = 42)
#' fast <- train_fast(toy$X, toy$y, start, lr = 0.1, epochs = 500)
#' readable <- train(toy$X, toy$y, start, lr = 0.1, epochs = 500)
#' max(abs(fast$loss - readable$loss))  # the same up to rounding
#' @export
train_fast <- function(X, y, params, lr, epochs, chunk = NULL) {
  checked <- check_training(X, y, params, lr, epochs)
  X <- checked$X
  y <- checked$y
  params <- checked$params
  lr <- checked$lr
  epochs <- checked$epochs
  if (!is.null(chunk)) chunk <- check_whole(chunk, "chunk", 1)
  n <- nrow(X)
  d <- ncol(X)
  k <- ncol(y)
  folded <- fold_params(params)
  w1 <- folded$w1
  w2 <- folded$w2
  h <- ncol(w1)
  size <- min(n, if (is.null(chunk)) chunk_size(n, h) else chunk)
  # Speed-up 2: the inputs with a column of ones for the biases.
  inputs <- cbind(X, 1)
  starts <- seq(1, n, by = size)
  loss_history <- numeric(epochs)
  # The last epoch's output and saturated count, for the result (as train's).
  last_output <- matrix(0, n, k)
  beyond <- 0
  for (epoch in seq_len(epochs)) {
    minus_w1 <- -w1 # speed-up 3
    wout <- w2[seq_len(h), , drop = FALSE]
    minus_wout <- -wout
    bout <- w2[h + 1, ]
    # The changes, summed over chunks: 0 until the first chunk's sums make
    # them (d + 1, h) and (h + 1, k) matrices.
    dw1 <- 0
    dw2 <- 0
    squared_error <- 0
    for (start in starts) {
      rows <- start:min(n, start + size - 1)
      whole <- length(rows) == n
      x <- if (whole) inputs else inputs[rows, , drop = FALSE]
      # Step 2: -(hidden layer input) = [x, 1] . -w1  (m, h)
      negative_z <- x %*% minus_w1
      if (epoch == epochs) beyond <- beyond + saturated(negative_z)
      # Step 3: hidden activations = 1 / (1 + exp(-z))
      hidden <- 1 / (1 + exp(negative_z))
      # Step 4: output = sigmoid(hidden . wout + bout)  (m, k)
      output <- 1 / (1 + exp(hidden %*% minus_wout -
        rep(bout, each = length(rows))))
      if (epoch == epochs) last_output[rows, ] <- output
      # Step 5: E = y - output, and its squares for the loss
      E <- (if (whole) y else y[rows, , drop = FALSE]) - output
      squared_error <- squared_error + sum(E * E)
      # Steps 6-7: d_output = E * output * (1 - output)
      d_output <- E * output * (1 - output)
      # Step 6: slope_hidden = hidden * (1 - hidden)
      slope_hidden <- hidden * (1 - hidden)
      # Steps 10-11, output side: dw2 += [hidden, 1]^T . d_output
      dw2 <- dw2 + rbind(crossprod(hidden, d_output), colSums(d_output))
      # Steps 8-11, hidden side (speed-up 4): for each output c,
      # dw1 += ((d_output[, c] * [x, 1])^T . slope_hidden) * wout[, c] by column
      for (c in seq_len(k)) {
        dw1 <- dw1 + crossprod(d_output[, c] * x, slope_hidden) *
          rep(wout[, c], each = d + 1)
      }
    }
    loss_history[epoch] <- squared_error / (n * k) / 2
    if (!is.finite(loss_history[epoch])) stop(diverged_error(epoch - 1))
    # Steps 10-11: move every weight by its change times lr
    w1 <- w1 + dw1 * lr
    w2 <- w2 + dw2 * lr
  }
  params <- unfold_params(w1, w2)
  if (epochs == 0) {
    return(.finish(X, y, params, loss_history, 0, predict_output(X, params)))
  }
  .finish(X, y, params, loss_history, beyond / (h * n), last_output)
}
