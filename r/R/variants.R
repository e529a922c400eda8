# Two variations on the core's full-batch train(), for the lessons to compare.
#
# train_sgd() updates after every sample (stochastic gradient descent,
# tutorials 002 and 003); train_without_biases() is tutorial 003's notebook
# version, whose biases stay at zero. Both are the core's forward, backward
# and update_params in a different loop. Mirrors
# python/src/scratchnet/variants.py.

#' Stochastic gradient descent: one update per sample, samples in order
#'
#' @param X Inputs, an n x d matrix.
#' @param y Targets, an n x k matrix.
#' @param params Start weights, shapes as in [forward()].
#' @param lr The learning rate.
#' @param epochs Passes over the data (n updates each).
#' @return A list: `params` trained; `loss` (length epochs), the core's
#'   [loss()] on all the data at the start of each epoch, comparable with
#'   [train()]'s.
#' @examples
#' toy <- load_dataset("toy")
#' train_sgd(toy$X, toy$y, init_params(4, 3, 1, seed = 42), lr = 0.1,
#'   epochs = 100)$loss[c(1, 100)]
#' @export
train_sgd <- function(X, y, params, lr, epochs) {
  checked <- check_training(X, y, params, lr, epochs)
  X <- checked$X
  y <- checked$y
  params <- checked$params
  loss_history <- numeric(checked$epochs)
  for (epoch in seq_len(checked$epochs)) {
    loss_history[epoch] <- .loss(y, .forward(X, params)$output)
    for (row in seq_len(nrow(X))) {
      x <- X[row, , drop = FALSE]
      target <- y[row, , drop = FALSE]
      params <- .update_params(params, .backward(x, target, params,
                                                 .forward(x, params)),
                               checked$lr)
    }
  }
  list(params = params, loss = loss_history)
}

#' Full-batch training with the biases held at zero (tutorial 003's notebook)
#'
#' @param X,y,params,lr,epochs As for [train()]; `bh` and `bout` are set to
#'   zero and stay there.
#' @return A list: `params` trained (biases zero); `loss` (length epochs).
#' @examples
#' toy <- load_dataset("toy")
#' result <- train_without_biases(toy$X, toy$y, init_params(4, 3, 1, seed = 42),
#'   lr = 0.1, epochs = 100)
#' result$params$bh  # still zero
#' @export
train_without_biases <- function(X, y, params, lr, epochs) {
  checked <- check_training(X, y, params, lr, epochs)
  X <- checked$X
  y <- checked$y
  params <- checked$params
  params$bh <- params$bh * 0
  params$bout <- params$bout * 0
  loss_history <- numeric(checked$epochs)
  for (epoch in seq_len(checked$epochs)) {
    cache <- .forward(X, params)
    loss_history[epoch] <- .loss(y, cache$output)
    grads <- .backward(X, y, params, cache)
    grads$dbh <- grads$dbh * 0
    grads$dbout <- grads$dbout * 0
    params <- .update_params(params, grads, checked$lr)
  }
  list(params = params, loss = loss_history)
}

#' train_fast(), stopping every `every` epochs to record the parameters
#'
#' Trains as [train_fast()] does, stopping every `every` epochs to record the
#' parameters.
#' For pictures of learning: full-batch steps from where the last stopped are
#' the same steps, so the run is [train_fast()]'s (a stretch of a run is not
#' diagnosed on its own).
#'
#' @inheritParams train
#' @param every Record the parameters every this many epochs.
#' @return A list: `epochs` (0, every, 2 every, ..., epochs), the `params`
#'   at each, and the whole `loss` history.
#' @examples
#' toy <- load_dataset("toy")
#' recording <- train_recording(toy$X, toy$y, init_params(4, 3, 1, 42), 0.1,
#'   100, every = 50)
#' recording$epochs
#' @export
train_recording <- function(X, y, params, lr, epochs, every) {
  checked <- check_training(X, y, params, lr, epochs)
  every <- check_whole(every, "every", 1)
  marks <- 0
  snapshots <- list(checked$params)
  losses <- numeric(0)
  while (marks[length(marks)] < checked$epochs) {
    run <- min(every, checked$epochs - marks[length(marks)])
    trained <- suppressWarnings(
      train_fast(checked$X, checked$y, snapshots[[length(snapshots)]],
                 checked$lr, run),
      classes = "scratchnet_warning"
    )
    marks <- c(marks, marks[length(marks)] + run)
    snapshots[[length(snapshots) + 1]] <- trained$params
    losses <- c(losses, trained$loss)
  }
  list(epochs = marks, params = snapshots, loss = losses)
}
