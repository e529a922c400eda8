# The exercise checkers, as a learner meets them: every attempt of the
# learners' corpus (attempts.R, written as learners write, not from the
# checker's code) gets the verdict a tutor would give, in R's own words; a
# verdict's numbers can be worked by hand on the problem it names; and its
# fields can be read without parsing its line. Mirrors
# python/tests/test_exercises.py.

source(test_path("attempts.R"), local = TRUE)

checkers <- c("check_forward", "check_backward", "check_update", "check_train")
# The corpus labels a mistake by what a tutor would call it; a few labels
# cover more than one of the verdict's keys (a flipped sign in E, or in every
# change; a learning rate multiplied in, or one not defined at all; a division
# by n in a change's sum or in a delta; the output's pre-activation returned
# as the output).
same_mistake <- list(
  flipped_sign = c("flipped_sign", "gradient_for_change"),
  lr_in_backward = c("lr_in_backward", "lr_undefined", "scaled"),
  mean_for_sum = c("mean_for_sum", "divided_by_n"),
  operands_swapped = c("operands_swapped", "transposed"),
  samples_as_columns = c("samples_as_columns", "transposed"),
  preactivation_for_activation = c("preactivation_for_activation",
                                   "sigmoid_missing"),
  error_other = c("undefined", "misspelled", "no_such_piece",
                  "lr_is_an_argument", "stopped", "operand_shape")
)
# What Python writes and R does not: no R verdict may contain these.
python_words <- paste0(
  "@|[.]T\\b|axis=|\\bnp[.]|\\bsn[.]|\\bNone\\b|\\bTrue\\b|\\bFalse\\b|",
  "\\(\\d+, \\d+\\)|\\(\\d+,\\)|\\[0|\\bdict\\b|\\btuple\\b|\\.sum\\("
)

verdict_of <- function(checker, fn) {
  printed <- utils::capture.output(verdict <- get(checker)(fn))
  list(verdict = verdict, line = printed[length(printed)])
}

# Every attempt's verdict, once for the tests below (R's byte-code compiler
# off meanwhile: compiling each attempt's new function would take most of the
# time).
jit <- compiler::enableJIT(0)
corpus <- lapply(attempts, function(attempt) {
  c(attempt, verdict_of(attempt$checker, attempt$fn))
})
invisible(compiler::enableJIT(jit))

test_that("the package's own functions pass every checker", {
  own <- list(forward, backward, update_params, train)
  for (i in seq_along(checkers)) {
    got <- verdict_of(checkers[i], own[[i]])
    expect_true(got$verdict)
    expect_identical(got$line, paste0(
      "PASS ", checkers[i], ": every piece matches on problems 1 and 2 ",
      "(exercise_problem(1) and (2))"
    ))
  }
})

test_that("the corpus has forty wrong attempts and correct ones in many forms", {
  kinds <- vapply(attempts, function(attempt) attempt$kind, character(1))
  wrong <- attempts[kinds != "pass"]
  expect_gte(length(wrong), 40)
  expect_gte(sum(kinds == "pass"), 10)
  expect_setequal(unique(vapply(wrong, function(a) a$checker, "")), checkers)
})

test_that("each attempt of the corpus gets the verdict a tutor would give", {
  for (case in corpus) {
    info <- paste(case$kind, case$line)
    verdict <- case$verdict
    expect_identical(case$line, verdict$line, info = info)
    expect_identical(verdict$passed, case$kind == "pass", info = info)
    if (case$kind != "pass") {
      kinds <- same_mistake[[case$kind]]
      if (is.null(kinds)) kinds <- case$kind
      expect_true(verdict$mistake %in% kinds, info = info)
      expect_true(startsWith(case$line, paste0("FAIL ", case$checker,
                                               " on exercise_problem(")),
                  info = info)
    }
    for (words in case$says) {
      expect_true(grepl(words, case$line, fixed = TRUE),
                  info = paste0("'", words, "' not in ", case$line))
    }
    expect_false(grepl(python_words, case$line), info = info)
  }
})

test_that("every catalogued mistake is one the corpus gets", {
  got <- unique(unlist(lapply(corpus, function(case) case$verdict$mistake)))
  catalogue <- vapply(exercises_table()$mistakes, function(m) m$key, "")
  expect_setequal(setdiff(catalogue, got), character(0))
})

test_that("a verdict is data, its fields those of its line", {
  backward_with_a_mean <- function(X, y, params, cache) {
    grads <- backward(X, y, params, cache)
    grads$dwout <- t(cache$hidden_activations) %*% grads$d_output / nrow(X)
    grads
  }
  got <- verdict_of("check_backward", backward_with_a_mean)
  verdict <- got$verdict
  problem <- exercise_problem(1)
  ours <- backward(problem$X, problem$y, problem$params,
                   forward(problem$X, problem$params))
  expect_false(verdict)
  expect_identical(as.list(verdict), list(
    passed = FALSE, checker = "check_backward", line = verdict$line,
    problem = 1L, step = 10L, name = "dwout", index = "[1, 1]",
    expected = ours$dwout[1, 1], got = ours$dwout[1, 1] / 5,
    mistake = "mean_for_sum", hint = verdict$hint
  ))
  expect_identical(verdict$line, paste0(
    "FAIL check_backward on exercise_problem(1), step 10: dwout[1, 1] is ",
    "-0.00638589 where -0.0319295 belongs: dwout is 5 times too small: a ",
    "mean over the 5 samples where step 10 takes their sum; drop the ",
    "division by n: dwout <- t(hidden_activations) %*% d_output"
  ))
  expect_true(endsWith(verdict$line, verdict$hint))
})

test_that("a verdict's expected number can be worked by hand on its problem", {
  forward_without_bias <- function(X, params) {
    result <- forward(X, params)
    result$hidden_layer_input <- X %*% params$wh
    result
  }
  verdict <- verdict_of("check_forward", forward_without_bias)$verdict
  problem <- exercise_problem(verdict$problem)
  X <- problem$X
  wh <- problem$params$wh
  by_hand <- X[1, 1] * wh[1, 1] + X[1, 2] * wh[2, 1] + X[1, 3] * wh[3, 1]
  expect_identical(c(verdict$index, verdict$mistake), c("[1, 1]",
                                                        "bias_missing"))
  expect_equal(verdict$got, by_hand)
  expect_equal(verdict$expected, by_hand + problem$params$bh[1, 1])
})

test_that("every verdict is handed to the hook of the option", {
  seen <- list()
  withr_hook <- function(verdict) seen[[length(seen) + 1]] <<- verdict
  old <- options(scratchnet.verdict_hook = withr_hook)
  on.exit(options(old))
  utils::capture.output(check_forward(forward),
                        check_update(function(params, grads, lr) NULL))
  expect_identical(lapply(seen, function(v) list(v$passed, v$mistake)),
                   list(list(TRUE, NULL), list(FALSE, "no_return")))
})

test_that("an error is traced to the learner's call with its sizes and fix", {
  backward_without_a_transpose <- function(X, y, params, cache) {
    d_output <- (y - cache$output) * sigmoid_slope(cache$output)
    error_hidden <- d_output %*% params$wout
    list(error_hidden = error_hidden)
  }
  printed <- utils::capture.output(
    check_backward(backward_without_a_transpose)
  )
  expect_identical(printed, paste0(
    "FAIL check_backward on exercise_problem(1), step 8: your call ",
    "`error_hidden <- d_output %*% params$wout` in ",
    "backward_without_a_transpose() stopped: d_output %*% params$wout is a ",
    "5 x 2 matrix %*% a 4 x 2 matrix: the inner sizes 2 and 4 differ; step 8 ",
    "takes a transpose: d_output %*% t(params$wout)"
  ))
})

test_that("the bias hint is given only when the bias is the operand at fault", {
  forward_with_a_matrix_bias <- function(X, params) {
    list(hidden_layer_input = X %*% params$wh + params$bh)
  }
  forward_with_samples_as_columns <- function(X, params) {
    list(hidden_layer_input = t(params$wh) %*% t(X) + params$bh)
  }
  forward_multiplying_entry_by_entry <- function(X, params) {
    list(hidden_layer_input = X * params$wh + params$bh)
  }
  mistakes <- vapply(list(forward_with_a_matrix_bias,
                          forward_with_samples_as_columns,
                          forward_multiplying_entry_by_entry), function(fn) {
    verdict_of("check_forward", fn)$verdict$mistake
  }, character(1))
  expect_identical(mistakes, c("bias_not_a_row", "samples_as_columns",
                               "elementwise_for_matrix_product"))
})

test_that("a blank left as it is is told so", {
  my_forward <- function(X, params) {
    stop("your code here")
  }
  printed <- utils::capture.output(verdict <- check_forward(my_forward))
  expect_identical(verdict$mistake, "blank")
  expect_identical(printed, paste0(
    "FAIL check_forward on exercise_problem(1): your my_forward() is still ",
    "the blank: write its steps where it stops with stop(\"your code here\")"
  ))
})

test_that("exercise_problem() gives the problems and refuses others in a line", {
  one <- exercise_problem(1)
  two <- exercise_problem(2)
  expect_identical(dim(one$X), c(5L, 3L))
  expect_identical(dim(one$params$wh), c(3L, 4L))
  expect_identical(dim(two$X), c(2L, 1L))
  expect_identical(dim(two$params$wout), c(3L, 1L))
  expect_identical(c(one$lr, one$epochs), c(0.5, 3))
  expect_error(exercise_problem(3), "^number must be a whole number from 1 to 2",
               class = "scratchnet_error")
})

test_that("something not a function is a verdict, never a stop", {
  got <- verdict_of("check_forward", 3)
  expect_identical(got$verdict$mistake, "stopped")
  expect_match(got$line, "^FAIL check_forward on exercise_problem\\(1\\): ")
})

test_that("no verdict word names a Python function or form", {
  table <- exercises_table()
  texts <- c(vapply(table$mistakes, function(m) m$r, ""),
             unlist(lapply(c(table$words, table$errors), function(v) {
               if (is.list(v)) v$r else v
             })),
             unlist(lapply(table$checkers, function(checker) {
               vapply(checker$pieces, function(piece) piece$r, "")
             })))
  expect_identical(unname(texts[grepl(python_words, texts)]), character(0))
})
