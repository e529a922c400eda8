# Module-style layers of tutorial 001. Mirrors python/tests/test_layers.py.

test_that("relu and its slope, by hand", {
  expect_identical(relu(c(-2, 0, 3)), c(0, 0, 3))
  expect_identical(relu_slope(c(-2, 0, 3)), c(0, 1, 1))
  expect_identical(dim(relu(matrix(-1, 2, 3))), c(2L, 3L))
})

test_that("make_mlp draws uniform (-0.5, 0.5) from one shared stream", {
  params <- mlp_params(make_mlp(c(2, 3, 1), seed = 9))
  draws <- runif_from_seed(2 * 3 + 3 + 3 * 1 + 1, 9) - 0.5
  expect_identical(params[[1]]$weights, matrix(draws[1:6], 2, 3))
  expect_identical(params[[1]]$bias, matrix(draws[7:9], 1, 3))
  expect_identical(params[[2]]$weights, matrix(draws[10:12], 3, 1))
  expect_identical(params[[2]]$bias, matrix(draws[13], 1, 1))
})

test_that("layers made in a loop keep their own weights (promises forced)", {
  params <- mlp_params(make_mlp(c(2, 3, 3, 1), seed = 1))
  expect_identical(lapply(params, function(p) dim(p$weights)),
                   list(c(2L, 3L), c(3L, 3L), c(3L, 1L)))
})

test_that("mlp_backward moves each weight by lr times the MSE gradient", {
  x <- matrix(c(0.3, 0.9), 1)
  target <- matrix(c(1, 0), 1)
  step <- 1e-6
  layers <- make_mlp(c(2, 4, 2), seed = 3)
  before <- mlp_params(layers)
  loss_with <- function(index, name, position, delta) {
    trial <- make_mlp(c(2, 4, 2), seed = 3)
    linear <- trial[[2 * index - 1]]
    linear[[name]][position] <- linear[[name]][position] + delta
    mse_loss(target, mlp_forward(trial, x))
  }
  mlp_backward(layers, mse_slope(target, mlp_forward(layers, x)), 1)
  after <- mlp_params(layers)
  for (index in 1:2) {
    for (name in c("weights", "bias")) {
      for (position in seq_along(before[[index]][[name]])) {
        numeric_grad <- (loss_with(index, name, position, step) -
          loss_with(index, name, position, -step)) / (2 * step)
        change <- before[[index]][[name]][position] -
          after[[index]][[name]][position]
        expect_equal(change, numeric_grad, tolerance = 1e-5)
      }
    }
  }
})

test_that("the layers check their arguments at the door", {
  layers <- make_mlp(c(2, 3, 1), seed = 9)
  expect_error(train_per_sample(layers, matrix(0, 4, 3), matrix(0, 4, 1), 0.1, 2),
               "^X has 3 columns but the first layer takes 2 inputs$",
               class = "scratchnet_error")
  expect_error(make_mlp(2, seed = 9), "^sizes must be at least two whole numbers",
               class = "scratchnet_error")
  expect_error(Linear(matrix(0, 2, 3), matrix(0, 2, 1)),
               "^Linear bias is 2 x 1 but weights have 3 outputs",
               class = "scratchnet_error")
  expect_error(mlp_forward("layers", matrix(0, 1, 2)),
               "^layers must be the list of layers make_mlp",
               class = "scratchnet_error")
})
