# Tutorial numbers of lessons 1, 3 and 4, and the neuron pieces.
# Mirrors python/tests/test_lessons.py and test_building_blocks.py.

test_that("lesson 1: tutorial 002's neuron, network and MSE numbers", {
  expect_identical(neuron_output(c(2, 3), c(0, 1), 4), 0.9990889488055994)
  params <- list(wh = matrix(c(0, 1, 0, 1), 2, 2), bh = matrix(0, 1, 2),
                 wout = matrix(c(0, 1), 2, 1), bout = matrix(0, 1, 1))
  expect_identical(forward(matrix(c(2, 3), 1), params)$output[1, 1],
                   0.7216325609518421)
  expect_identical(mse_loss(c(1, 0, 0, 1), c(0, 0, 0, 0)), 0.5)
})

test_that("lesson 3 starts from numpy's legacy seed 42, rebuilt in R", {
  # numpy: np.random.seed(42); np.random.random(3), printed with 17 digits.
  expect_identical(numpy_legacy_random(3, 42),
                   c(0.37454011884736249, 0.95071430640991617,
                     0.73199394181140509))
})

test_that("numpy_legacy_random of length 0 is empty, not NA", {
  # Found by the property-based harness: raw[c(TRUE, FALSE)] gave NA.
  expect_identical(numpy_legacy_random(0, 0), numeric(0))
})

test_that("numpy_legacy_random leaves the caller's .Random.seed alone", {
  set.seed(5)
  before <- .Random.seed
  numpy_legacy_random(4, 1)
  expect_identical(.Random.seed, before)
})

test_that("lesson 3 prints tutorial 000's output to the printed digits", {
  data <- load_dataset("single_layer", data_dir())
  start <- 2 * matrix(numpy_legacy_random(3, 42), 3, 1) - 1
  trained <- train_single_layer(data$X, data$y, start, 10000)
  expect_identical(sprintf("%.8f", trained$last_output[, 1]),
                   c("0.00966808", "0.00786589", "0.99358863", "0.99211705"))
})

test_that("lesson 3's arithmetic is tutorial 000's", {
  expect_identical(sigmoid(100 * 0.5 - 0.2), 1)
  expect_identical(binary_cross_entropy(0, 1), Inf)
  expect_equal(binary_cross_entropy(1, 0.9), -log(0.9), tolerance = 1e-15)
  expect_equal(binary_cross_entropy(0, 0.9), -log(0.1), tolerance = 1e-15)
  expect_equal(gradient_descent_step(0.5, -10, 0.01), 0.6, tolerance = 1e-15)
  expect_equal(gradient_descent_step(-0.2, -5, 0.01), -0.15, tolerance = 1e-15)
})

test_that("binary cross-entropy of a right, certain guess is 0, not NaN", {
  expect_identical(c(binary_cross_entropy(1, 1), binary_cross_entropy(0, 0)),
                   c(0, 0))
})

test_that("lesson 4: the article's derivative, by the chain rule by hand", {
  s <- function(z) 1 / (1 + exp(-z))
  h <- s(-2 - 1)
  y_pred <- s(h + h)
  by_hand <- -2 * (1 - y_pred) * (y_pred * (1 - y_pred)) * (-2 * h * (1 - h))
  ones <- list(wh = matrix(1, 2, 2), bh = matrix(0, 1, 2),
               wout = matrix(1, 2, 1), bout = matrix(0, 1, 1))
  alice <- matrix(c(-2, -1), 1)
  grads <- backward(alice, matrix(1), ones, forward(alice, ones))
  derivative <- -2 * grads$dwh[1, 1]
  expect_equal(derivative, by_hand, tolerance = 1e-12)
  expect_lt(abs(derivative - 0.0214), 1e-4)  # the article's rounded 0.0214
})

test_that("lesson 4 predicts Emily female and Frank male as the article does", {
  # The article prints Emily 0.951, Frank 0.039 (from its own random start).
  data <- load_dataset("gender", data_dir())
  trained <- train_sgd(data$X, data$y, init_params(2, 2, 1, 42), 0.2, 1000)
  p <- predict_output(matrix(c(-7, -3, 20, 2), 2, byrow = TRUE),
                      trained$params)
  expect_lt(abs(p[1] - 0.951), 0.01)
  expect_lt(abs(p[2] - 0.039), 0.01)
})

test_that("mse_slope is the derivative of mse_loss by central differences", {
  y_true <- matrix(c(1, 0), 1)
  y_pred <- matrix(c(0.3, 0.8), 1)
  step <- 1e-6
  numeric_slope <- vapply(1:2, function(i) {
    plus <- y_pred
    minus <- y_pred
    plus[i] <- plus[i] + step
    minus[i] <- minus[i] - step
    (mse_loss(y_true, plus) - mse_loss(y_true, minus)) / (2 * step)
  }, numeric(1))
  expect_equal(as.vector(mse_slope(y_true, y_pred)), numeric_slope,
               tolerance = 1e-8)
})
