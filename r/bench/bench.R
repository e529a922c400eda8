# The R half of `make bench`: what one training epoch costs in R.
#
# Times one epoch (the median of repeated runs, after a warm-up) of the
# package's train() and train_fast(), and of the straightforward epoch written
# as well as base R allows (the yardstick, "R best"), all in one R process.
# python/bench/bench.py runs it (Rscript r/bench/bench.R CASE ...) and puts
# the numbers in its table beside Python's. Maintainer tooling: it sits
# beside the package, not in it. Speed is measured as ratios within one run,
# never asserted in tests.

library(scratchnet)

#' The data and settings of one benchmark case (the same in Python)
#'
#' "toy" and "moons" are the shipped experiments; "n<N>" is N points with
#' d = 2 uniform features from the shared seed (column by column), target 1
#' where x1 > x2, h = 10 and lr = 1 / N.
#'
#' @param name A case name, e.g. "n10000".
#' @param data_dir The shared_data folder.
#' @return A list: `X` (n, d), `y` (n, 1), `hidden`, `lr`.
bench_case <- function(name, data_dir) {
  if (name %in% c("toy", "moons")) {
    data <- load_dataset(name, data_dir)
    settings <- if (name == "toy") c(3, 0.1) else c(10, 0.003)
    return(list(X = data$X, y = data$y, hidden = settings[1], lr = settings[2]))
  }
  n <- as.numeric(substring(name, 2))
  X <- matrix(runif_from_seed(2 * n, 42), n, 2)
  list(X = X, y = matrix(as.numeric(X[, 1] > X[, 2])), hidden = 10, lr = 1 / n)
}

#' The median time of run() over repeats filling about 0.4 seconds
#'
#' @param run A function of no arguments.
#' @param warmup Runs first, not timed.
#' @return Seconds.
median_seconds <- function(run, warmup = 3) {
  for (i in seq_len(warmup)) run()
  start <- Sys.time()
  run()
  once <- max(as.numeric(Sys.time() - start, units = "secs"), 1e-7)
  times <- vapply(seq_len(max(5, min(2000, floor(0.4 / once)))), function(i) {
    start <- Sys.time()
    run()
    as.numeric(Sys.time() - start, units = "secs")
  }, numeric(1))
  stats::median(times)
}

#' Seconds per epoch of a trainer (train or train_fast), median of repeats
#'
#' Each timed run trains for as many epochs as fill about 20 ms (at least
#' one, at most 1000), and its time is divided by that number: the cost of an epoch in a
#' training run, with the per-call setup spread as it is in real use.
#'
#' @param trainer [train()] or [train_fast()].
#' @param X Inputs, an (n, d) matrix.
#' @param y Targets, an (n, k) matrix.
#' @param params Start weights.
#' @param lr The learning rate.
#' @return Seconds.
time_epoch <- function(trainer, X, y, params, lr) {
  start <- Sys.time()
  trainer(X, y, params, lr, 1)
  once <- max(as.numeric(Sys.time() - start, units = "secs"), 1e-7)
  epochs <- max(1, min(1000, round(0.02 / once)))
  median_seconds(function() trainer(X, y, params, lr, epochs)) / epochs
}

#' The best base-R formulation of the straightforward epoch: the yardstick
#'
#' Steps 2-11 as network.R writes them, tuned as far as base R allows without
#' rearranging the maths: crossprod(a, b) and tcrossprod(a, b) compute
#' t(a) %*% b and a %*% t(b) without building the transposes, and the biases
#' are added as repeated vectors instead of through sweep(). [train_fast()]
#' rearranges the maths (it never forms d_hidden), so it can beat this.
#'
#' @param X,y,params,lr As for [train()].
#' @return A function of no arguments that runs one epoch, updating its own
#'   copy of the weights.
crossprod_epoch <- function(X, y, params, lr) {
  n <- nrow(X)
  wh <- params$wh
  bh <- params$bh
  wout <- params$wout
  bout <- params$bout
  function() {
    hidden <- 1 / (1 + exp(-(X %*% wh + rep(bh, each = n))))
    output <- 1 / (1 + exp(-(hidden %*% wout + rep(bout, each = n))))
    d_output <- (y - output) * output * (1 - output)
    d_hidden <- tcrossprod(d_output, wout) * hidden * (1 - hidden)
    wout <<- wout + crossprod(hidden, d_output) * lr
    bout <<- bout + colSums(d_output) * lr
    wh <<- wh + crossprod(X, d_hidden) * lr
    bh <<- bh + colSums(d_hidden) * lr
  }
}

#' Print "case,seconds of train(),of train_fast(),of the best formulation"
#'
#' @param cases Case names (see [bench_case()]).
#' @param data_dir The shared_data folder.
#' @return NULL, invisibly; the lines go to standard output.
bench_main <- function(cases, data_dir = shared_data_dir()) {
  for (name in cases) {
    case <- bench_case(name, data_dir)
    params <- init_params(ncol(case$X), case$hidden, ncol(case$y), 42)
    ours <- time_epoch(train, case$X, case$y, params, case$lr)
    fast <- time_epoch(train_fast, case$X, case$y, params, case$lr)
    best <- median_seconds(crossprod_epoch(case$X, case$y, params, case$lr))
    cat(sprintf("%s,%.9g,%.9g,%.9g\n", name, ours, fast, best))
  }
  invisible(NULL)
}

if (!interactive()) bench_main(commandArgs(trailingOnly = TRUE))
