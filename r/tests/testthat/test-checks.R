# Checks at the door, the forms taken without fuss, and the diagnosis of a
# run. Mirrors python/tests/test_checks.py; the same mistakes are compared
# with Python's words in tests/test_checks_both.py.

test_that("an integer matrix, a data.frame and vectors give the tidy result", {
  p <- problem()
  params <- p$params
  params$wout <- params$wout[, 1, drop = FALSE]
  params$bout <- params$bout[, 1, drop = FALSE]
  targets <- as.integer(p$y[, 1] > 0.5)
  tidy <- train(p$X, matrix(as.numeric(targets)), params, 0.1, 20)
  loose <- train(as.data.frame(p$X), targets, params, 0.1, 20)
  expect_identical(unclass(loose)$params, unclass(tidy)$params)
  expect_identical(loose$loss, tidy$loss)
  one <- init_params(1, 3, 1, 7)
  expect_identical(train(c(0, 0.5, 1), c(0L, 1L, 1L), one, 0.5, 10)$loss,
                   train(matrix(c(0, 0.5, 1)), matrix(c(0, 1, 1)), one, 0.5,
                         10)$loss)
})

test_that("a factor, text and logical values are refused as not numbers", {
  p <- problem()
  expect_error(train(p$X, factor(c("a", "b", "a", "b", "a")), p$params, 0.1, 1),
               "^y must be numbers, got a factor$", class = "scratchnet_error")
  expect_error(predict_output(matrix(c("a", "b", "c"), 1), p$params),
               "^X must be numbers, got text$", class = "scratchnet_error")
  expect_error(train(p$X, p$y > 0.5, p$params, 0.1, 1),
               "^y must be numbers, got logical values$",
               class = "scratchnet_error")
  expect_error(train(data.frame(a = letters[1:5]), p$y, p$params, 0.1, 1),
               "X must be numbers, got a data.frame with non-numeric columns",
               class = "scratchnet_error")
})

test_that("NaN in the data is named as data, never as a learning rate", {
  p <- problem()
  p$X[4, 3] <- NaN
  expect_error(train_fast(p$X, p$y, p$params, 0.1, 5),
               "X row 4, column 3 is NaN: the data must be finite numbers",
               fixed = TRUE, class = "scratchnet_error")
})

test_that("messages show numbers as C's %g and text in quotes", {
  expect_identical(vapply(list(2.5, 1e10, 3L, "abc", NULL), shown, ""),
                   c("2.5", "1e+10", "3", "'abc'", "nothing"))
  expect_identical(say("positive", name = "lr", got = shown(-1)),
                   "lr must be a positive finite number, got -1")
})

test_that("a good run has no warnings and prints in a few lines", {
  toy <- load_dataset("toy")
  result <- train(toy$X, toy$y, init_params(4, 3, 1, 42), 0.1, 100)
  expect_identical(result$warnings, character(0))
  expect_identical(capture.output(print(result)), c(
    "scratchnet training result: 100 epochs",
    "  params: wh 4 x 3, bh 1 x 3, wout 3 x 1, bout 1 x 1",
    sprintf("  loss: %g at the start, %g at the end", result$loss[1],
            result$loss[100]),
    sprintf("  training accuracy: %.1f%%", 100 * result$accuracy),
    "  warnings: none"
  ))
})

test_that("a rising loss warns with its cause and remedy, not that it stalled", {
  toy <- load_dataset("toy")
  caught <- character(0)
  result <- withCallingHandlers(
    train_fast(toy$X, toy$y, init_params(4, 3, 1, 42), 100, 200),
    scratchnet_warning = function(w) {
      caught <<- c(caught, conditionMessage(w))
      invokeRestart("muffleWarning")
    }
  )
  expect_identical(caught, result$warnings)
  expect_match(result$warnings[1], paste0(
    "^the loss rose from 0.136773 to 0.333333 over the run: ",
    "the learning rate is too large"
  ))
  # It also stalls at 0.333333, but "try a larger lr" would contradict: one
  # warning.
  expect_true("  warnings: 1" %in% capture.output(print(result)))
})

test_that("diagnose finds each condition and nothing in a good run", {
  X <- matrix(c(0, 1, 1, 0), 2)
  good <- seq(0.2, 0.01, length.out = 200)
  lines <- function(...) vapply(diagnose(...), warning_line, character(1))
  expect_identical(diagnose(X, 0, good), list())
  expect_match(lines(X, 0, rep(0.1, 200))[1], "^the loss stalled at 0.1 ")
  expect_match(lines(X, 1, good)[1], "^100% of")
  expect_match(lines(X * 21, 0, good)[1], "^the inputs reach 21,")
  expect_match(lines(X %*% diag(c(1, 101)), 0, good)[2],
               "^the input columns span ranges from 1 to 101")
  expect_identical(saturated(matrix(c(10.5, -11, 9), 1)), 2L)
})

test_that("a warning advises an R session in R, the command line in options", {
  X <- matrix(c(0, 1, 3, 0), 2)
  finding <- diagnose(X, 0, rep(0.1, 200))[[1]]
  expect_match(warning_line(finding), paste0(
    "try scaled inputs \\(min_max_scale\\(X\\)\\), a larger lr, more hidden ",
    "units or another start \\(init_params\\(\\.\\.\\., seed = \\.\\.\\.\\)\\)$"
  ))
  expect_match(warning_line(finding, "command_line"), paste0(
    "try scaled inputs \\(--scale\\), a larger lr \\(--lr\\), more hidden units ",
    "\\(--hidden\\) or another start \\(--seed\\)$"
  ))
})

test_that("a warning never advises scaling inputs already scaled", {
  within <- matrix(c(0, 1, 1, 0.5), 2)
  standard <- matrix(c(-1, 1, 1, -1), 2) # mean 0, standard deviation 1
  for (X in list(within, standard)) {
    expect_true(inputs_scaled(X))
    found <- c(diagnose(X, 0, rep(0.1, 200)),
               diagnose(X, 1, seq(0.2, 0.01, length.out = 200)))
    for (finding in found) {
      for (place in c("python", "r", "command_line")) {
        expect_false(grepl("scale", warning_line(finding, place)))
      }
    }
  }
  expect_false(inputs_scaled(matrix(c(0, 1, 3, 0), 2)))
})
