# Stochastic and bias-free training. Mirrors python/tests/test_variants.py.

test_that("stochastic equals full batch when there is one sample", {
  X <- matrix(c(1, 0, 1), 1)
  y <- matrix(1)
  start <- init_params(3, 2, 1, seed = 5)
  batch <- train(X, y, start, 0.1, 20)
  stochastic <- train_sgd(X, y, start, 0.1, 20)
  expect_identical(batch$loss, stochastic$loss)
  expect_identical(batch$params, stochastic$params)
})

test_that("train_without_biases keeps the biases at zero and learns", {
  data <- load_dataset("toy", data_dir())
  result <- train_without_biases(data$X, data$y, init_params(4, 3, 1, 42),
                                 0.1, 1000)
  expect_true(all(result$params$bh == 0) && all(result$params$bout == 0))
  expect_lt(result$loss[1000], result$loss[1])
})
