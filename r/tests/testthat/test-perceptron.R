# Tutorial 001's perceptron numbers (lesson 2). Mirrors python/tests.

test_that("lesson 2: weighted sums and steps are tutorial 001's", {
  w <- c(0.1, 0.5, 0.7, 1.2)
  sums <- c(weighted_sum(c(0, 0, 2, 3), w), weighted_sum(c(-4, 0, 2, -5), w),
            weighted_sum(c(0, 0, 2, 3), w, -6), weighted_sum(c(-4, 0, 2, -5), w, 6))
  expect_equal(sums, c(5, -5, -1, 1), tolerance = 1e-12)
  expect_identical(vapply(sums, step_function, numeric(1)), c(1, 0, 0, 1))
})

test_that("the step function fires at zero, as tutorial 001 defines it", {
  expect_identical(c(step_function(0), step_function(-1e-300)), c(1, 0))
})

test_that("lesson 2: AND and OR converge, XOR never does", {
  X <- matrix(c(0, 0, 0, 1, 1, 0, 1, 1), 4, byrow = TRUE)
  expect_true(train_perceptron(X, c(0, 0, 0, 1), 1, 12)$converged)
  expect_true(train_perceptron(X, c(0, 1, 1, 1), 1, 12)$converged)
  xor <- train_perceptron(X, c(0, 1, 1, 0), 1, 12)
  expect_false(xor$converged)
  expect_gt(min(xor$mistakes), 0)  # an error in every epoch
})
