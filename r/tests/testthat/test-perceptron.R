# The perceptron of tutorial 001. Mirrors python/tests/test_perceptron.py.

test_that("the step function fires at zero, as tutorial 001 defines it", {
  expect_identical(c(step_function(0), step_function(-1e-300)), c(1, 0))
})
