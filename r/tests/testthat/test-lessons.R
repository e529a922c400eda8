# Every tutorial number the lessons print, asserted in R (tutorials 000-003).
# The lessons are r/demo/*.R; these tests compute what they print with the
# package's own functions. Mirrors python/tests/test_lessons.py.

test_that("lesson 1: one neuron gives tutorial 002's sigmoid of 7", {
  lesson <- ran_lesson("neuron")
  expect_identical(lesson$z, 7) # 0*2 + 1*3 + 4, by hand
  expect_identical(lesson$out, 0.9990889488055994) # tutorial 002 prints this
})

test_that("lesson 1: the 2-2-1 network's o1 is tutorial 002's, both ways", {
  lesson <- ran_lesson("neuron")
  expect_identical(lesson$h1, 1 / (1 + exp(-3))) # sigmoid(0*2 + 1*3 + 0)
  expect_identical(lesson$h2, lesson$h1)
  expect_identical(lesson$o1, 0.7216325609518421) # tutorial 002 prints this
  expect_identical(lesson$cache$output[1, 1], lesson$o1) # forward agrees
})

test_that("lesson 1: MSE is tutorial 002's and loss is half of it", {
  lesson <- ran_lesson("neuron")
  expect_identical(lesson$mse, 0.5) # tutorial 002: (1 + 0 + 0 + 1) / 4
  expect_identical(lesson$half, 0.25) # loss = MSE / 2, by definition
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

test_that("lesson 2: weighted sums and steps are tutorial 001's", {
  w <- c(0.1, 0.5, 0.7, 1.2)
  sums <- c(weighted_sum(c(0, 0, 2, 3), w), weighted_sum(c(-4, 0, 2, -5), w),
            weighted_sum(c(0, 0, 2, 3), w, -6), weighted_sum(c(-4, 0, 2, -5), w, 6))
  expect_equal(sums, c(5, -5, -1, 1), tolerance = 1e-12)
  expect_identical(vapply(sums, step_function, numeric(1)), c(1, 0, 0, 1))
})

test_that("lesson 2: AND and OR converge, XOR never does", {
  X <- matrix(c(0, 0, 0, 1, 1, 0, 1, 1), 4, byrow = TRUE)
  expect_true(train_perceptron(X, c(0, 0, 0, 1), 1, 12)$converged)
  expect_true(train_perceptron(X, c(0, 1, 1, 1), 1, 12)$converged)
  xor <- train_perceptron(X, c(0, 1, 1, 0), 1, 12)
  expect_false(xor$converged)
  expect_gt(min(xor$mistakes), 0)  # an error in every epoch
})

test_that("lesson 5: the MLP solves XOR", {
  data <- load_dataset("xor", data_dir())
  layers <- make_mlp(c(2, 20, 20, 2), 42)
  history <- train_per_sample(layers, data$X, data$y, 0.1, 3000)
  # The tutorial reaches MSE 0.000011 from its start; from ours, 6e-5.
  expect_lt(history[3000], 1e-4)
  outputs <- mlp_forward(layers, data$X)
  expect_identical(max.col(outputs), max.col(data$y))
})
