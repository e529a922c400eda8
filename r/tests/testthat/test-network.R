# The network's pieces, checked against hand-derived values and finite
# differences. Mirrors python/tests/test_network.py.

# The problem and minus_gradient() come from helper-problem.R.

test_that("sigmoid of zero is one half and its slope there one quarter", {
  expect_identical(sigmoid(0), 0.5)
  expect_identical(sigmoid_slope(sigmoid(0)), 0.25)
})

test_that("sigmoid at plus and minus 1000 is finite without a warning", {
  expect_silent(values <- sigmoid(c(-1000, 1000)))
  expect_identical(values, c(0, 1))
})

test_that("sigmoid_slope is the derivative of sigmoid by central differences", {
  z <- seq(-4, 4, by = 1)
  step <- 1e-6
  numeric_slope <- (sigmoid(z + step) - sigmoid(z - step)) / (2 * step)
  expect_equal(sigmoid_slope(sigmoid(z)), numeric_slope, tolerance = 1e-8)
})

test_that("loss is half the mean squared error, by hand", {
  # ((1 - 0.5)^2 + (0 - 0.5)^2 + (1 - 1)^2 + (0 - 0.25)^2) / 4 / 2 = 0.5625 / 8
  y <- matrix(c(1, 0, 1, 0), 2, byrow = TRUE)
  output <- matrix(c(0.5, 0.5, 1, 0.25), 2, byrow = TRUE)
  expect_identical(loss(y, output), 0.5625 / 8)
})

test_that("init_params fills each matrix column by column from one stream", {
  draws <- runif_from_seed(2 * 3 + 3 + 3 * 1 + 1, 5)
  params <- init_params(2, 3, 1, seed = 5)
  expect_identical(params$wh, matrix(draws[1:6], 2, 3))
  expect_identical(params$bh, matrix(draws[7:9], 1, 3))
  expect_identical(params$wout, matrix(draws[10:12], 3, 1))
  expect_identical(params$bout, matrix(draws[13], 1, 1))
})

test_that("forward and backward give every intermediate its documented shape", {
  p <- problem()
  cache <- forward(p$X, p$params)
  grads <- backward(p$X, p$y, p$params, cache)
  shapes <- lapply(c(cache, grads), dim)
  expect_identical(shapes, list(
    hidden_layer_input = c(n, h), hidden_activations = c(n, h),
    output_layer_input = c(n, k), output = c(n, k),
    E = c(n, k), slope_output = c(n, k), slope_hidden = c(n, h),
    d_output = c(n, k), error_hidden = c(n, h), d_hidden = c(n, h),
    dwout = c(h, k), dbout = c(1L, k), dwh = c(d, h), dbh = c(1L, h)
  ))
})

test_that("backward's changes are minus the gradient of the summed squared error", {
  # Central finite differences of n * k * loss, entry by entry.
  p <- problem()
  grads <- backward(p$X, p$y, p$params, forward(p$X, p$params))
  for (name in param_names) {
    expect_equal(grads[[paste0("d", name)]],
                 minus_gradient(p$X, p$y, p$params, name), tolerance = 1e-6,
                 label = paste0("d", name))
  }
})

test_that("update_params moves by lr times the change", {
  p <- problem()
  grads <- backward(p$X, p$y, p$params, forward(p$X, p$params))
  new <- update_params(p$params, grads, 0.5)
  for (name in names(p$params)) {
    expect_identical(new[[name]], p$params[[name]] +
                       grads[[paste0("d", name)]] * 0.5)
  }
})

test_that("update_params takes a bias change as the vector a learner writes", {
  p <- problem()
  grads <- backward(p$X, p$y, p$params, forward(p$X, p$params))
  summed <- grads
  summed$dbh <- colSums(grads$d_hidden)
  summed$dbout <- colSums(grads$d_output)
  expect_identical(update_params(p$params, summed, 0.5),
                   update_params(p$params, grads, 0.5))
  summed$dbh <- summed$dbh[1:3]
  expect_error(update_params(p$params, summed, 0.5), "grads dbh is 1 x 3 but",
               class = "scratchnet_error")
})

test_that("train records one loss per epoch, before each update", {
  p <- problem()
  result <- train(p$X, p$y, p$params, lr = 0.1, epochs = 3)
  expect_length(result$loss, 3)
  expect_identical(result$loss[1], loss(p$y, predict_output(p$X, p$params)))
  expect_true(all(diff(result$loss) < 0))  # small lr: each step goes downhill
})

test_that("train with zero epochs returns the start weights", {
  p <- problem()
  result <- train(p$X, p$y, p$params, lr = 0.1, epochs = 0)
  expect_length(result$loss, 0)
  expect_identical(result$params, p$params)
})

test_that("train refuses an infinite start weight before the first epoch", {
  # An infinite weight times a zero input (0 * Inf) would make the loss NaN at
  # epoch 0; the check at the door names the weight instead.
  p <- problem()
  p$params$wh[1, 1] <- Inf
  expect_error(train(p$X, p$y, p$params, lr = 0.1, epochs = 5),
               "^params wh row 1, column 1 is Inf: weights must",
               class = "scratchnet_error")
})

test_that("the tutorial's toy run learns what tutorial 003 prints", {
  # Tutorial 003 prints 0.98032096, 0.96845624, 0.04532167 after 5000 epochs
  # from unseeded start weights: ask for closeness (0.01), and within 0.1 of
  # each target.
  data <- load_dataset("toy", data_dir())
  params <- init_params(4, 3, 1, seed = 42)
  result <- train(data$X, data$y, params, lr = 0.1, epochs = 5000)
  output <- predict_output(data$X, result$params)
  expect_lt(max(abs(output - c(0.98032096, 0.96845624, 0.04532167))), 0.01)
  expect_lt(max(abs(output - data$y)), 0.1)
})
