# The exercise checkers: the package's own functions pass, and each classic
# mistake fails at its step with its hint. Mirrors
# python/tests/test_exercises.py; tests/test_exercises_both.py checks that
# both languages print the same verdicts.

verdict <- function(checker, fn) {
  printed <- capture.output(result <- checker(fn))
  list(result = result, printed = printed)
}

test_that("the package's own functions pass every checker", {
  for (pair in list(list(check_forward, forward), list(check_backward, backward),
                    list(check_update, update_params), list(check_train, train))) {
    got <- verdict(pair[[1]], pair[[2]])
    expect_true(got$result)
    expect_match(got$printed, ": pass: every intermediate matches on 2 problems$")
  }
})

test_that("each classic mistake fails at its step with its hint", {
  flipped <- function(X, y, params, cache) {
    grads <- backward(X, y, params, cache)
    grads$E <- cache$output - y
    grads
  }
  no_hidden_slope <- function(X, y, params, cache) {
    grads <- backward(X, y, params, cache)
    grads$d_hidden <- grads$error_hidden
    grads
  }
  over_units <- function(X, y, params, cache) {
    grads <- backward(X, y, params, cache)
    grads$dbh <- matrix(rowSums(grads$d_hidden), ncol = 1)
    grads
  }
  twice <- function(params, grads, lr) {
    list(wh = params$wh + grads$dwh * lr * lr, bh = params$bh + grads$dbh * lr * lr,
         wout = params$wout + grads$dwout * lr * lr,
         bout = params$bout + grads$dbout * lr * lr)
  }
  cases <- list(
    list(check_backward, flipped, "step 5, E, entry \\(1, 1\\):.*y - output\\)$"),
    list(check_backward, no_hidden_slope, "step 9, d_hidden, .*slope_hidden\\)$"),
    list(check_backward, over_units,
         "step 11, dbh: shape \\(5, 1\\) but expected \\(1, 4\\) \\(the bias"),
    list(check_update, twice, "step 10, wh, entry \\(1, 1\\).*applied twice")
  )
  for (case in cases) {
    got <- verdict(case[[1]], case[[2]])
    expect_false(got$result)
    expect_match(got$printed, case[[3]])
  }
})

test_that("a learner's error, missing piece or wrong type is the verdict", {
  got <- verdict(check_forward, function(X, params) stop("your code here"))
  expect_false(got$result)
  expect_identical(got$printed, paste(
    "check_forward: your function stopped with an error on problem 1:",
    "simpleError: your code here"
  ))
  expect_match(verdict(check_forward, function(X, params) 3)$printed,
               "returned numeric, not a named set of forward's pieces$")
})
