# The shared experiments and run_experiment(), the one recipe that runs them.
# Mirrors python/tests/test_experiments.py.

test_that("run_experiment is load, init, train, predict by hand", {
  result <- run_experiment("toy", data_dir())
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
