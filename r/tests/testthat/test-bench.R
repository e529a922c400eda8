# The benchmark's yardstick computes the same network (no timings asserted).

test_that("the best base-R epoch computes what train computes", {
  case <- bench_case("n3000", data_dir())
  start <- init_params(2, case$hidden, 1, 42)
  epoch <- crossprod_epoch(case$X, case$y, start, case$lr)
  for (i in 1:3) epoch()
  trained <- train(case$X, case$y, start, case$lr, 3)$params
  state <- environment(epoch)
  expect_equal(state$wh, trained$wh, tolerance = 1e-10)
  expect_equal(state$wout, trained$wout, tolerance = 1e-10)
  expect_equal(as.vector(state$bh), as.vector(trained$bh), tolerance = 1e-10)
  expect_equal(as.vector(state$bout), as.vector(trained$bout), tolerance = 1e-10)
})

test_that("synthetic cases are n points with the x1 > x2 target", {
  case <- bench_case("n1000", data_dir())
  expect_identical(dim(case$X), c(1000L, 2L))
  expect_identical(as.vector(case$y), as.numeric(case$X[, 1] > case$X[, 2]))
})
