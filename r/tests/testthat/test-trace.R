# One epoch, step by step (lesson 7). Mirrors python/tests.

test_that("trace_lines show name, shape and rounded rows", {
  lines <- trace_lines(trace_epoch(matrix(c(1, 0), 1), matrix(1),
                                   init_params(2, 1, 1, seed = 1), 0.1))
  expect_identical(lines[1:4], c("step  0  X 1 x 2", "     1.0000  0.0000",
                                 "step  0  y 1 x 1", "     1.0000"))
})

test_that("the trace runs through steps 0 to 11 in order", {
  data <- load_dataset("toy", data_dir())
  steps <- vapply(trace_epoch(data$X, data$y, init_params(4, 3, 1, 42), 0.1),
                  function(item) item$step, numeric(1))
  expect_identical(steps, sort(steps))
  expect_identical(range(steps), c(0, 11))
})
