# The shared experiments, run_experiment(), and the golden results.
# Mirrors python/tests/test_experiments.py. The golden results
# (shared_data/golden/, carried in inst/extdata) are what R and Python agreed
# on when `make golden` wrote them: comparing with them here checks agreement
# with Python without Python installed.

# One shared experiment, trained once per test run. The 1000-point moons run
# is trained with train_fast(): R's readable epoch costs about six times as
# much there, and test-fast.R holds train_fast() to train() (as the harness
# does on every experiment, in both languages).
ran <- local({
  runs <- list()
  function(name) {
    if (is.null(runs[[name]])) {
      runs[[name]] <<- run_experiment(name, fast = name == "moons")
    }
    runs[[name]]
  }
})

golden <- function(name) {
  jsonlite::fromJSON(file.path(shared_data_dir(), "golden",
                               paste0(name, ".json")))
}

# The quantities of run that differ from the golden record, by name. Start
# weights must be identical; the rest within the agreement tolerance.
golden_differences <- function(run, record) {
  tolerance <- agreement_tolerance()
  trace <- trace_epoch(run$dataset$X, run$dataset$y, run$initial,
                       run$experiment$lr)
  pairs <- list()
  for (k in param_names) {
    pairs[[paste("initial", k)]] <- list(run$initial[[k]], record$initial[[k]])
    pairs[[paste("final", k)]] <- list(run$final[[k]], record$final[[k]])
  }
  pairs$loss <- list(run$loss[record$loss_epochs + 1], record$loss)
  pairs$output <- list(run$output, record$output)
  for (item in trace) {
    key <- paste(item$step, item$name)
    rows <- seq_len(min(nrow(item$value), record$trace_rows))
    pairs[[paste("trace", key)]] <- list(item$value[rows, , drop = FALSE],
                                         record$trace[[key]])
  }
  found <- character(0)
  for (name in names(pairs)) {
    ours <- as.matrix(pairs[[name]][[1]])
    stored <- as.matrix(pairs[[name]][[2]])
    same <- if (startsWith(name, "initial")) {
      identical(unname(ours), unname(stored))
    } else {
      identical(dim(ours), dim(stored)) && all(
        abs(ours - stored) <= tolerance$atol + tolerance$rtol * abs(stored)
      )
    }
    if (!same) found <- c(found, name)
  }
  found
}

test_that("each experiment trains to the golden results R and Python agreed on", {
  for (name in vapply(load_experiments(), `[[`, "", "name")) {
    record <- golden(name)
    expect_identical(record$agreed_by_r_within$rtol, agreement_tolerance()$rtol)
    expect_identical(ran(name)$warnings, character(0),
                     label = sprintf("%s's warnings", name))
    expect_identical(golden_differences(ran(name), record), character(0),
                     label = sprintf("%s's differences from golden/%s.json", name, name))
  }
})

test_that("a one-in-a-million change to a stored trained weight is caught", {
  record <- golden("toy")
  record$final$wout[1, 1] <- record$final$wout[1, 1] * (1 + 1e-6)
  expect_identical(golden_differences(ran("toy"), record), "final wout")
})

test_that("run_experiment is load, init, train, predict by hand", {
  result <- ran("toy")
  data <- load_dataset("toy", data_dir())
  start <- init_params(4, 3, 1, 42)
  trained <- train(data$X, data$y, start, 0.1, 5000)
  expect_identical(result$initial, start)
  expect_identical(result$final, trained$params)
  expect_identical(result$loss, trained$loss)
  expect_identical(result$output, predict_output(data$X, trained$params))
})

test_that("run_experiment takes a record and scales it when asked", {
  record <- list(dataset = "blobs", seed = 3, hidden = 2, lr = 0.01, epochs = 2,
                 scale = "minmax")
  result <- run_experiment(record, data_dir(), fast = TRUE)
  expect_identical(range(result$dataset$X), c(0, 1))
  expect_identical(dim(result$final$wout), c(2L, 3L))
  expect_length(result$loss, 2)
})

test_that("an unknown experiment is refused naming the known ones", {
  expect_error(run_experiment("nope", data_dir()),
               "unknown experiment 'nope'; known experiments: toy",
               fixed = TRUE, class = "scratchnet_error")
})

test_that("every experiment says how it must learn; tolerance far below 1e-6", {
  for (experiment in load_experiments(data_dir())) {
    expect_true(!is.null(experiment$max_abs_error) ||
                  !is.null(experiment$min_accuracy))
  }
  # A one-in-a-million change to a trained weight must fail the comparison.
  tolerance <- agreement_tolerance(data_dir())
  expect_gt(abs((1 + 1e-6) - 1), tolerance$atol + tolerance$rtol * 1)
})

test_that("a holdout splits the rows from its own stream, leaving the start", {
  rows <- split_rows(1000, 0.2, 42)
  expect_length(rows$held, 200)
  expect_identical(sort(c(rows$kept, rows$held)), 1:1000)
  record <- list(dataset = "moons", seed = 42, hidden = 3, lr = 0.003, epochs = 2)
  plain <- run_experiment(record)
  split <- run_experiment(c(record, holdout = 0.2))
  expect_identical(plain$initial, split$initial)
  expect_identical(split$holdout$rows, rows$held)
})

test_that("a holdout that leaves a side empty is refused", {
  expect_error(split_rows(3, 0.2, 42), paste0(
    "holdout 0.2 of 3 rows leaves 3 for training and 0 held out: ",
    "each needs at least one"
  ), fixed = TRUE, class = "scratchnet_error")
})
