# The R half of `make bench`: what one training epoch of train() and
# train_fast() costs in R, timed by bench::mark (Debian's r-cran-bench).
#
# Run by python/bench/bench.py as `Rscript r/bench/bench.R CASE:EPOCHS ...`;
# for each case it prints one line per trainer, "case,trainer,q1,median,q3",
# in seconds per epoch. Maintainer tooling: it sits beside the package, not in
# it, and its cases are those of python/bench/contestants.py. R's reference
# BLAS runs on one thread, as every Python contestant is made to. Speed is
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

# Time train() and train_fast() on each "case:epochs"; print per-epoch spreads.
bench_main <- function(specs) {
  for (spec in specs) {
    parts <- strsplit(spec, ":", fixed = TRUE)[[1]]
    epochs <- as.numeric(parts[2])
    case <- bench_case(parts[1])
    timing <- with(case, bench::mark(
      train = train(X, y, params, lr, epochs),
      train_fast = train_fast(X, y, params, lr, epochs),
      check = FALSE, min_iterations = 15, min_time = 0.3, filter_gc = FALSE
    ))
    for (i in seq_len(nrow(timing))) {
      seconds <- as.numeric(timing$time[[i]]) / epochs
      quartiles <- stats::quantile(seconds, c(0.25, 0.5, 0.75), names = FALSE)
      cat(sprintf("%s,%s,%.9g,%.9g,%.9g\n", parts[1],
                  c("train", "train_fast")[i], quartiles[1], quartiles[2],
                  quartiles[3]))
    }
  }
}

if (!interactive()) bench_main(commandArgs(trailingOnly = TRUE))
