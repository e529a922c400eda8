# The R half of `make bench`: what one training epoch of train() and
# train_fast() costs in R, and the yardstick they are measured against: the
# best base-R epoch. Timed with bench::hires_time (Debian's r-cran-bench) in
# interleaved rounds, each contestant once per round, so that a change in
# the shared machine's load falls on every contestant alike.
#
# Run by python/bench/bench.py as
# `Rscript r/bench/bench.R --chunks=C1,C2,... CASE:EPOCHS ...`; for each case
# it prints one line per contestant, "case,label,q1,median,q3", in seconds
# per epoch: "train", "train_fast", and "base-R chunk C" for each chunk size
# of the yardstick (the report keeps its best, as with the numpy yardstick).
# Maintainer tooling: it sits beside the package, not in it, and its cases and
# chunk sizes are those of python/bench/contestants.py. R's reference BLAS
# runs on one thread, as every Python contestant is made to. Speed is
# measured as ratios within one run, never asserted in tests.

library(scratchnet)

# The data and settings of one case, as bench_case() in contestants.py.
bench_case <- function(name) {
  if (name %in% c("toy", "moons")) {
    experiment <- Filter(function(e) e$name == name, load_experiments())[[1]]
    data <- load_dataset(name)
    X <- data$X
    y <- data$y
    hidden <- experiment$hidden
    lr <- experiment$lr
  } else {
    n <- as.numeric(substring(name, 2))
    X <- matrix(runif_from_seed(2 * n, 42), n, 2)
    y <- matrix(as.numeric(X[, 1] > X[, 2]))
    hidden <- 10
    lr <- 1 / n
  }
  list(X = X, y = y, lr = lr,
       params = init_params(ncol(X), hidden, ncol(y), 42))
}

# The yardstick: one full-batch epoch of steps 2-11 as network.R computes
# them, d_hidden and all, written as well as base R allows. Its own code, not
# for reading; not the package's train_fast(), which rearranges the maths
# (it never forms d_hidden), so that one can beat this one. What it does:
# samples as columns, (h, m) arrays, because R's reference BLAS runs
# a %*% b and tcrossprod(a, b) as short independent column updates but
# crossprod() as long chained dot products; the biases folded in (a column
# of ones on the inputs, the biases as an extra column of weights), so step
# 2 is one product and steps 10-11 one product per layer; each sigmoid one
# expression, so R reuses each intermediate's memory; and the batch walked
# `chunk` samples at a time, the changes summed over all of it before the
# one update. Returns a function that runs one epoch, updating its own copy
# of the weights; its attribute "params" returns them in the core's shapes.
base_r_epoch <- function(X, y, params, lr, chunk) {
  n <- nrow(X)
  h <- ncol(params$wh)
  size <- min(n, chunk)
  inputs <- cbind(X, 1)                              # (n, d + 1)
  targets <- t(y)                                    # (k, n)
  w1 <- t(rbind(params$wh, params$bh))               # (h, d + 1)
  w2 <- t(rbind(params$wout, params$bout))           # (k, h + 1)
  starts <- seq(1, n, by = size)
  epoch <- function() {
    wout <- w2[, seq_len(h), drop = FALSE]
    bout <- w2[, h + 1]
    dw1 <- dw2 <- 0
    for (start in starts) {
      rows <- start:min(n, start + size - 1)
      whole <- length(rows) == n
      x <- if (whole) inputs else inputs[rows, , drop = FALSE]
      hidden <- 1 / (1 + exp(-tcrossprod(w1, x)))                  # (h, m)
      output <- 1 / (1 + exp(-(wout %*% hidden + bout)))           # (k, m)
      target <- if (whole) targets else targets[, rows, drop = FALSE]
      d_output <- (target - output) * output * (1 - output)        # (k, m)
      d_hidden <- crossprod(wout, d_output) * hidden * (1 - hidden) # (h, m)
      dw2 <- dw2 + cbind(t(tcrossprod(hidden, d_output)), rowSums(d_output))
      dw1 <- dw1 + d_hidden %*% x
    }
    w1 <<- w1 + dw1 * lr
    w2 <<- w2 + dw2 * lr
    invisible(NULL)
  }
  attr(epoch, "params") <- function() {
    list(wh = t(w1[, -ncol(w1), drop = FALSE]), bh = t(w1[, ncol(w1)]),
         wout = t(w2[, seq_len(h), drop = FALSE]), bout = t(w2[, h + 1]))
  }
  epoch
}

# Stop unless three epochs of the yardstick are three epochs of train()
# (within the one agreement tolerance), whole and in chunks, on a small
# problem with two outputs, so its times are those of the same network.
check_yardstick <- function(chunks) {
  X <- matrix(runif_from_seed(3 * 500, 7), 500, 3)
  y <- cbind(as.numeric(X[, 1] > X[, 2]), as.numeric(X[, 3] > 0.5))
  params <- init_params(3, 5, 2, 7)
  trained <- train(X, y, params, 0.01, 3)$params
  tolerance <- scratchnet:::agreement_tolerance()
  for (chunk in c(3, 64, chunks)) {
    epoch <- base_r_epoch(X, y, params, 0.01, chunk)
    for (i in 1:3) epoch()
    got <- attr(epoch, "params")()
    for (name in param_names) {
      worst <- max(abs(got[[name]] - trained[[name]]) -
                     tolerance$rtol * abs(trained[[name]]))
      if (!(worst <= tolerance$atol)) {
        stop(sprintf("the base-R yardstick (chunk %d) disagrees with %s on %s",
                     chunk, "train()", name), call. = FALSE)
      }
    }
  }
}

# Seconds of each call of each function in runs, timed in rounds (each
# function once per round, after two rounds of warm-up): at least 15 rounds,
# and as many as give the fastest 0.3 seconds, up to 1000. A list of vectors.
interleaved_times <- function(runs) {
  once <- function(run) {
    start <- bench::hires_time()
    run()
    bench::hires_time() - start
  }
  for (warmup in 1:2) fastest <- min(vapply(runs, once, numeric(1)))
  rounds <- min(1000, max(15, ceiling(0.3 / fastest)))
  times <- matrix(NA_real_, rounds, length(runs))
  for (round in seq_len(rounds)) {
    times[round, ] <- vapply(runs, once, numeric(1))
  }
  lapply(seq_along(runs), function(i) times[, i])
}

# Time train(), train_fast() and the yardstick (each chunk size; sizes of n
# or more are one whole-batch run) on each "case:epochs"; print per-epoch
# spreads.
bench_main <- function(args) {
  chunk_arg <- grep("^--chunks=", args, value = TRUE)
  specs <- setdiff(args, chunk_arg)
  chunks <- as.numeric(unlist(strsplit(sub("^--chunks=", "", chunk_arg), ",")))
  if (length(specs) > 0) check_yardstick(chunks)
  for (spec in specs) {
    parts <- strsplit(spec, ":", fixed = TRUE)[[1]]
    epochs <- as.numeric(parts[2])
    case <- bench_case(parts[1])
    sizes <- unique(pmin(c(chunks, Inf), nrow(case$X)))
    labels <- c("train", "train_fast",
                sprintf("base-R chunk %d", as.integer(sizes)))
    yardsticks <- lapply(sizes, function(size) {
      epoch <- with(case, base_r_epoch(X, y, params, lr, size))
      function() for (i in seq_len(epochs)) epoch()
    })
    runs <- c(
      list(function() with(case, train(X, y, params, lr, epochs)),
           function() with(case, train_fast(X, y, params, lr, epochs))),
      yardsticks
    )
    timing <- interleaved_times(runs)
    for (i in seq_along(timing)) {
      seconds <- timing[[i]] / epochs
      quartiles <- stats::quantile(seconds, c(0.25, 0.5, 0.75), names = FALSE)
      cat(sprintf("%s,%s,%.9g,%.9g,%.9g\n", parts[1], labels[i], quartiles[1],
                  quartiles[2], quartiles[3]))
    }
  }
}

if (!interactive()) bench_main(commandArgs(trailingOnly = TRUE))
