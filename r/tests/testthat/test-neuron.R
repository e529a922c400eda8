# The neuron pieces of tutorials 002 and 000. Mirrors python/tests/test_neuron.py.

test_that("binary cross-entropy of a right, certain guess is 0, not NaN", {
  expect_identical(c(binary_cross_entropy(1, 1), binary_cross_entropy(0, 0)),
                   c(0, 0))
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
