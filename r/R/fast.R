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
# 1. Samples as columns, as in Python: hidden is (h, m), a column per sample.
#    The elementwise steps do not care how a matrix lies in memory; R's
#    reference BLAS does. It computes crossprod(a, b), t(a) %*% b, as long
#    dot products, each addition waiting for the one before, but a %*% b and
#    tcrossprod(a, b) as independent updates of short columns. With samples
#    as columns, the sums over samples of steps 10-11 take the second form
#    (about 1.3-1.8 times as fast at n = 10^4 here).
# 2. Biases folded into the weights: the inputs get a column of ones and w1 a
#    column holding bh, so step 2 is one matrix product, no bias added after.
#    (The output biases are subtracted from the small (k, m) product instead:
#    a row of ones under the hidden activations would copy an (h, m) matrix.)
# 3. Negated weights: the product gives -z directly, so the sigmoid is
#    1 / (1 + exp(product)). Written as one expression, R reuses the memory of
#    each intermediate result (it has no other name), so the sigmoid of step
#    3 makes one new (h, m) matrix, not four.
# 4. d_hidden is never formed: dwh[a, j] = sum_c wout[j, c] *
#    sum_i slope_hidden[i, j] d_output[i, c] X[i, a], so the (h, m) work is
#    one product of slope_hidden with the columns d_output[c, ] * [X, 1].
# 5. (Buffers allocated once: not possible in R, where every result is a new
#    vector; Python does it. Speed-up 3's reuse is what R offers instead.)
# 6. Chunks: the batch is walked `chunk` samples at a time, so the (h, chunk)
#    temporaries stay in the CPU cache; the changes are summed over all
#    chunks before the one update, so this is still full-batch descent.
#
# Shapes (as in Python, except the inputs, which keep R's orientation):
#   inputs  (n, d + 1)   X, then a column of ones
#   targets (k, n)       y transposed
#   w1      (h, d + 1)   row j: unit j's weights, then its bias (wh, bh)
#   w2      (k, h + 1)   row c: output c's weights, then its bias (wout, bout)

#' Speed-up 6: the size in bytes of one (h x chunk) matrix of doubles
#'
#' 1 MiB, twice Python's: each chunk costs R a fixed few dozen calls and a
#' copy of its rows, so R gains from fewer, larger chunks. On this project's
#' machine n = 10^4 took about 5% less time as one chunk than as two of
#' 512 KiB, and n = 10^5 did about as well with chunks of 512 KiB to 1.5 MiB
#' (and about a fifth slower as one chunk).
#'
#' @format A number, 1 MiB.
#' @keywords internal
CHUNK_BYTES <- 1024 * 1024

#' Speed-up 6: samples per chunk, so an h x chunk matrix is CHUNK_BYTES
#'
#' @param n_samples,n_hidden n and h, each >= 1.
#' @return A whole number between 1 and n.
#' @keywords internal
chunk_size <- function(n_samples, n_hidden) {
  max(1, min(n_samples, CHUNK_BYTES %/% (8 * n_hidden)))
}

#' Speed-ups 1 and 2: the weights with the biases folded in, transposed
#'
#' @param params A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout`
#'   (1 x k).
#' @return A list: `w1` (h, d + 1), row j unit j's weights then its bias;
#'   `w2` (k, h + 1), row c output c's weights then its bias.
#' @keywords internal
fold_params <- function(params) {
  list(w1 = t(rbind(params$wh, params$bh)),
       w2 = t(rbind(params$wout, params$bout)))
}

#' The inverse of fold_params(): the core's names and shapes
#'
#' @param w1 An (h, d + 1) matrix.
#' @param w2 A (k, h + 1) matrix.
#' @return A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout` (1 x k).
#' @keywords internal
unfold_params <- function(w1, w2) {
  d <- ncol(w1) - 1
  h <- ncol(w2) - 1
  list(
    wh = t(w1[, seq_len(d), drop = FALSE]),
    bh = t(w1[, d + 1, drop = FALSE]),
    wout = t(w2[, seq_len(h), drop = FALSE]),
    bout = t(w2[, h + 1, drop = FALSE])
  )
}

#' train(), rearranged for speed (see speed-ups 1-6 in R/fast.R)
#'
#' @param X Step 0: inputs, an n x d matrix.
#' @param y Step 0: targets, an n x k matrix.
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
  k <- ncol(y)
  folded <- fold_params(params)
  w1 <- folded$w1
  w2 <- folded$w2
  h <- nrow(w1)
  size <- min(n, if (is.null(chunk)) chunk_size(n, h) else chunk)
  # Speed-up 2: the inputs with a column of ones for the biases. They keep
  # R's (n, d + 1) shape: tcrossprod() reads them so in step 2, and in
  # speed-up 4 a length-m vector scales them column by column.
  inputs <- cbind(X, 1)
  targets <- t(y) # (k, n), speed-up 1
  starts <- seq(1, n, by = size)
  loss_history <- numeric(epochs)
  # The last epoch's output and saturated count, for the result (as train's).
  last_output <- matrix(0, k, n)
  beyond <- 0
  for (epoch in seq_len(epochs)) {
    minus_w1 <- -w1 # speed-up 3
    wout <- w2[, seq_len(h), drop = FALSE]
    minus_wout <- -wout
    bout <- w2[, h + 1]
    # The changes, summed over chunks: 0 until the first chunk's sums make
    # them (h, d + 1) and (k, h + 1) matrices.
    dw1 <- 0
    dw2 <- 0
    squared_error <- 0
    for (start in starts) {
      rows <- start:min(n, start + size - 1)
      whole <- length(rows) == n
      x <- if (whole) inputs else inputs[rows, , drop = FALSE]
      # Step 2: -(hidden layer input) = -w1 . [x, 1]^T  (h, m); the last
      # epoch counts the saturated ones in a product of its own, so that
      # step 3 can use its product unnamed (speed-up 3)
      if (epoch == epochs) beyond <- beyond + saturated(tcrossprod(w1, x))
      # Step 3: hidden activations = 1 / (1 + exp(-z))
      hidden <- 1 / (1 + exp(tcrossprod(minus_w1, x)))
      # Step 4: output = sigmoid(wout . hidden + bout)  (k, m); bout, one
      # number per row, is recycled down each column.
      output <- 1 / (1 + exp(minus_wout %*% hidden - bout))
      if (epoch == epochs) last_output[, rows] <- output
      # Step 5: E = y - output, and its squares for the loss
      E <- (if (whole) targets else targets[, rows, drop = FALSE]) - output
      squared_error <- squared_error + sum(E * E)
      # Steps 6-7: d_output = E * output * (1 - output)
      d_output <- E * output * (1 - output)
      # Step 6: slope_hidden = hidden * (1 - hidden)
      slope_hidden <- hidden * (1 - hidden)
      # Steps 10-11, output side: dw2 += d_output . [hidden; 1]^T (computed
      # as hidden . d_output^T, then transposed: the fast form, speed-up 1)
      dw2 <- dw2 + cbind(t(tcrossprod(hidden, d_output)), rowSums(d_output))
      # Steps 8-11, hidden side (speed-up 4): for each output c,
      # dw1 += (slope_hidden . (d_output[c, ] * [x, 1])) * wout[c, ] by row
      for (c in seq_len(k)) {
        dw1 <- dw1 + (slope_hidden %*% (d_output[c, ] * x)) * wout[c, ]
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
  .finish(X, y, params, loss_history, beyond / (h * n), t(last_output))
}
