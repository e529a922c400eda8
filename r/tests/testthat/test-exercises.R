# The exercise checkers: correct functions pass in the forms a learner writes
# them, and each classic mistake fails at its step with its hint. The broken
# versions below are written as a learner would, not derived from the
# checker's own candidates. Mirrors python/tests/test_exercises.py;
# tests/test_exercises_both.py checks that both languages print the same
# verdicts.

hints <- checks_table()$exercises$hints

verdict <- function(checker, fn) {
  printed <- capture.output(result <- checker(fn))
  list(result = result, printed = printed)
}

# The package's backward, its bias changes written as dbh(d_hidden) and a
# plain colSums() vector.
backward_with_bias_changes <- function(dbh) {
  function(X, y, params, cache) {
    grads <- backward(X, y, params, cache)
    grads$dbout <- colSums(grads$d_output)
    grads$dbh <- dbh(grads$d_hidden)
    grads
  }
}

# A trainer whose loss is loss_of(y, output) and whose update is update(),
# both as a learner writes them.
train_with <- function(loss_of, keep_update = TRUE) {
  function(X, y, params, lr, epochs) {
    losses <- numeric(epochs)
    for (epoch in seq_len(epochs)) {
      cache <- forward(X, params)
      losses[epoch] <- loss_of(y, cache$output)
      if (keep_update) {
        params <- update_params(params, backward(X, y, params, cache), lr)
      } else {
        update_params(params, backward(X, y, params, cache), lr)  # dropped
      }
    }
    list(params = params, loss = losses)
  }
}

test_that("the package's own functions pass every checker", {
  pairs <- list(list(check_forward, forward), list(check_backward, backward),
                list(check_update, update_params), list(check_train, train))
  for (pair in pairs) {
    got <- verdict(pair[[1]], pair[[2]])
    expect_true(got$result)
    expect_match(got$printed,
                 ": pass: every intermediate matches on 2 problems$")
  }
})

test_that("correct functions in a learner's usual forms pass", {
  # Vectors for the bias changes, the loss as a vector or a list, the bias
  # added with sweep() and matrix(byrow = TRUE), extra names returned.
  with_extra <- function(X, params) c(forward(X, params), list(extra = X))
  swept <- function(X, params) {
    n <- nrow(X)
    hidden_layer_input <- sweep(X %*% params$wh, 2, params$bh, "+")
    hidden_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hidden_activations %*% params$wout +
      matrix(params$bout, n, ncol(params$wout), byrow = TRUE)
    list(hidden_layer_input = hidden_layer_input,
         hidden_activations = hidden_activations,
         output_layer_input = output_layer_input,
         output = sigmoid(output_layer_input))
  }
  train_listing <- function(X, y, params, lr, epochs) {
    result <- train_with(function(y, output) mean((y - output)^2) / 2)(
      X, y, params, lr, epochs
    )
    result$params$note <- "mine"
    c(result, list(epochs = epochs))
  }
  train_growing_a_list <- function(X, y, params, lr, epochs) {
    result <- train_listing(X, y, params, lr, epochs)
    result$loss <- as.list(result$loss)
    result
  }
  got <- c(verdict(check_backward, backward_with_bias_changes(colSums))$printed,
           verdict(check_forward, with_extra)$printed,
           verdict(check_forward, swept)$printed,
           verdict(check_train, train_listing)$printed,
           verdict(check_train, train_growing_a_list)$printed)
  expect_identical(got, paste0(
    c("check_backward", "check_forward", "check_forward", "check_train",
      "check_train"),
    ": pass: every intermediate matches on 2 problems"
  ))
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
  twice <- function(params, grads, lr) {
    list(wh = params$wh + grads$dwh * lr * lr,
         bh = params$bh + grads$dbh * lr * lr,
         wout = params$wout + grads$dwout * lr * lr,
         bout = params$bout + grads$dbout * lr * lr)
  }
  cases <- list(
    list(check_backward, flipped,
         "step 5, E, entry \\(1, 1\\):.*y - output\\)$"),
    list(check_backward, no_hidden_slope,
         "step 9, d_hidden, .*slope_hidden\\)$"),
    list(check_update, twice, "step 10, wh, entry \\(1, 1\\).*applied twice")
  )
  for (case in cases) {
    got <- verdict(case[[1]], case[[2]])
    expect_false(got$result)
    expect_match(got$printed, case[[3]])
  }
})

test_that("the bias change summed over units gets its hint in any container", {
  # Problem 1 has 5 samples and 4 hidden units: a sum along each row has 5
  # values.
  forms <- list(
    "(5)" = rowSums,
    "(5, 1)" = function(d_hidden) matrix(rowSums(d_hidden), ncol = 1),
    "(1, 5)" = function(d_hidden) t(rowSums(d_hidden))
  )
  for (shape in names(forms)) {
    got <- verdict(check_backward, backward_with_bias_changes(forms[[shape]]))
    expect_false(got$result)
    expect_identical(got$printed, paste0(
      "check_backward: step 11, dbh: shape ", shape, " but expected (1, 4)",
      hints$bias_over_units
    ))
  }
})

test_that("a column where a row is expected is a transposed matrix", {
  column <- function(d_hidden) matrix(colSums(d_hidden), ncol = 1)
  expect_identical(
    verdict(check_backward, backward_with_bias_changes(column))$printed,
    paste("check_backward: step 11, dbh: shape (4, 1) but expected (1, 4)",
          "(a transposed matrix?)")
  )
})

test_that("a trainer's loss mistakes get their hints", {
  # 0.252445 is twice epoch 1's loss 0.126223: the mean square without its
  # half.
  mean_square <- verdict(check_train,
                         train_with(function(y, output) mean((y - output)^2)))
  expect_identical(mean_square$printed, paste0(
    "check_train: step 5, loss, entry (1, 1): expected 0.126223, got 0.252445",
    hints$mean_square
  ))
  # Epoch 2 repeats epoch 1's loss, 0.126223, where training moved it to
  # 0.12251.
  dropped <- verdict(check_train, train_with(loss, keep_update = FALSE))
  expect_identical(dropped$printed, paste0(
    "check_train: step 5, loss, entry (2, 1): expected 0.12251, got 0.126223",
    hints$never_updated
  ))
})

test_that("a bias recycled or not conforming gets the every-row hint", {
  recycled <- function(X, params) {
    list(hidden_layer_input = X %*% params$wh + as.vector(params$bh))
  }
  not_conforming <- function(X, params) {
    list(hidden_layer_input = X %*% params$wh + params$bh)
  }
  # Entry (2, 1) gets bh[2] where every row of column 1 needs bh[1]: 1.96597
  # is X[2, ] %*% wh[, 1] + bh[1], as forward() computes it.
  expect_identical(verdict(check_forward, recycled)$printed, paste0(
    "check_forward: step 2, hidden_layer_input, entry (2, 1): ",
    "expected 1.96597, got 2.20674", hints$bias_rows
  ))
  expect_identical(verdict(check_forward, not_conforming)$printed, paste0(
    "check_forward: your function stopped with an error on problem 1: ",
    "simpleError: non-conformable arrays", hints$bias_rows
  ))
})

test_that("a backward returning only the changes is told every name", {
  only_the_changes <- function(X, y, params, cache) {
    backward(X, y, params, cache)[c("dwh", "dbh", "dwout", "dbout")]
  }
  without_a_loss <- function(X, y, params, lr, epochs) list(params = params)
  expect_identical(
    c(verdict(check_backward, only_the_changes)$printed,
      verdict(check_train, without_a_loss)$printed),
    c(paste("check_backward: step 5, E: your function returned no E; it",
            "must return all of E, slope_output, slope_hidden, d_output,",
            "error_hidden, d_hidden, dwout, dbout, dwh, dbh"),
      paste("check_train: step 5, loss: your function returned no loss; it",
            "must return all of params (wh, bh, wout, bout) and loss"))
  )
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
