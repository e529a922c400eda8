# train_fast: the readable network's numbers, rearranged for speed. Mirrors
# python/tests/test_fast.py. Two independent references: finite differences
# of the loss, and the readable train(), within the one agreement tolerance of
# experiments.json (expect_close() in helper-data.R): the same maths, summed
# in another order. (Every shared experiment is checked fast-against-readable
# by the harness, in both languages.)

# The problem and minus_gradient() come from helper-problem.R.

test_that("one update is minus lr times the finite-difference gradient", {
  p <- problem()
  lr <- 0.5
  for (chunk in list(NULL, 1, 3, n)) {
    moved <- train_fast(p$X, p$y, p$params, lr, 1, chunk = chunk)$params
    for (name in names(p$params)) {
      expect_close((moved[[name]] - p$params[[name]]) / lr,
                   minus_gradient(p$X, p$y, p$params, name),
                   rtol = 1e-6, atol = 1e-9, label = name)
    }
  }
})

test_that("the loss of each epoch is the loss before its update", {
  p <- problem()
  result <- train_fast(p$X, p$y, p$params, 0.1, 3)
  expect_length(result$loss, 3)
  expect_close(result$loss[1], loss(p$y, predict_output(p$X, p$params)),
               rtol = 1e-14, atol = 0)
})

test_that("any chunk size gives what the readable train gives", {
  p <- problem()
  readable <- train(p$X, p$y, p$params, 0.1, 200)
  for (chunk in list(NULL, 1, 2, 4, 1000)) {
    fast <- train_fast(p$X, p$y, p$params, 0.1, 200, chunk = chunk)
    expect_params_close(fast$params, readable$params)
    expect_close(fast$loss, readable$loss)
  }
})

test_that("a batch of several chunks still takes one full-batch step", {
  # n = 30000 with h = 10 is three chunks (13107 samples each, the last short).
  X <- matrix(runif_from_seed(2 * 30000, 42), 30000, 2)
  y <- matrix(as.numeric(X[, 1] > X[, 2]))
  start <- init_params(2, 10, 1, 42)
  expect_identical(ceiling(30000 / chunk_size(30000, 10)), 3)
  expect_params_close(train_fast(X, y, start, 1 / 30000, 3)$params,
                      train(X, y, start, 1 / 30000, 3)$params)
})

test_that("zero epochs return the start weights", {
  p <- problem()
  result <- train_fast(p$X, p$y, p$params, 0.1, 0)
  expect_length(result$loss, 0)
  expect_identical(result$params, p$params)
})

test_that("train_fast refuses what train refuses with the same message", {
  p <- problem()
  p$params$wh[1, 1] <- Inf
  messages <- vapply(list(train, train_fast), function(trainer) {
    tryCatch({
      trainer(p$X, p$y, p$params, 0.1, 5)
      "no error"
    }, scratchnet_error = function(e) conditionMessage(e))
  }, character(1))
  expect_identical(messages[1], messages[2])
  expect_match(messages[1], "^params wh row 1, column 1 is Inf")
})

test_that("fold and unfold put each bias after its unit's weights and back", {
  p <- problem()
  folded <- fold_params(p$params)
  expect_identical(dim(folded$w1), c(h, d + 1L))
  expect_identical(dim(folded$w2), c(k, h + 1L))
  expect_identical(folded$w1[3, ], c(p$params$wh[, 3], p$params$bh[1, 3]))
  expect_identical(folded$w2[2, ], c(p$params$wout[, 2], p$params$bout[1, 2]))
  expect_identical(unfold_params(folded$w1, folded$w2), p$params)
})

test_that("chunk_size fits one hidden matrix in CHUNK_BYTES", {
  expect_identical(CHUNK_BYTES, 1024 * 1024)
  expect_identical(chunk_size(100000, 10), 13107)  # 1048576 / 80 = 13107.2
  expect_identical(chunk_size(200000, 1), 131072)  # 1048576 / 8
  expect_identical(chunk_size(3, 10), 3)  # never more than n
  expect_identical(chunk_size(100000, 100000), 1)  # never less than 1
})
