# The catalogue of mistakes and the diagnoses behind the checkers, piece by
# piece. The catalogue (shared_data/exercises.json) is well formed: each
# mistake has both languages' words and placeholders the checkers fill, and
# no formula gives the package's own piece on problem 1 (a mistake the right
# answer matched would turn a pass into a failure). The formula language
# computes what its names say, checked by hand. Mirrors
# python/tests/test_mistakes.py.

table <- exercises_table()
placeholders <- c("name", "step", "form", "n", "k", "nk", "lr", "factor",
                  "epochs", "problem")
quantities <- problem_quantities(exercise_problem(1))

test_that("each mistake has a unique key, both languages, known placeholders", {
  keys <- vapply(table$mistakes, function(m) m$key, "")
  expect_false(anyDuplicated(keys) > 0)
  for (mistake in table$mistakes) {
    for (language in c("python", "r")) {
      used <- regmatches(mistake[[language]],
                         gregexpr("\\{(\\w+)\\}", mistake[[language]]))[[1]]
      used <- gsub("[{}]", "", used)
      expect_true(all(used %in% placeholders), info = mistake$key)
    }
    expect_true(all(unlist(mistake$checkers) %in% names(table$checkers)))
  }
})

test_that("no formula gives the right answer on problem 1, which runs first", {
  problem <- exercise_problem(1)
  for (mistake in table$mistakes) {
    for (checker in unlist(mistake$checkers)) {
      right <- .ours(checker, problem, quantities)
      for (name in intersect(names(mistake$values), names(right))) {
        for (formula in mistake$values[[name]]) {
          value <- formula_value(formula, quantities)
          expected <- if (name == "loss") right[[name]] else
            as.matrix(right[[name]])
          same <- identical(.dims(value), .dims(expected)) &&
            isTRUE(all.equal(value, expected, check.attributes = FALSE))
          expect_false(same, info = paste(mistake$key, checker, name))
        }
      }
    }
  }
})

test_that("the formula language computes what its names say by hand", {
  env <- list(a = matrix(c(1, 3, 2, 4), 2, 2), b = matrix(c(10, 20), 1, 2))
  expect_equal(formula_value("matmul(a, t(a))", env),
               matrix(c(5, 11, 11, 25), 2, 2))
  expect_equal(formula_value("colsum(a)", env), matrix(c(4, 6), 1, 2))
  expect_equal(formula_value("rowsum(a)", env), matrix(c(3, 7), 2, 1))
  expect_equal(formula_value("rows(a, b)", env),
               matrix(c(11, 13, 22, 24), 2, 2))
  # a + c(b): 10 and 20 go down the first column, again down the second
  expect_equal(formula_value("recycled(a, b)", env),
               matrix(c(11, 23, 12, 24), 2, 2))
  expect_equal(formula_value("slope(b / 40)", env), matrix(c(0.1875, 0.25), 1))
  expect_equal(formula_value("first(colsum(a)[1, ], 1)", env), 4)
  expect_equal(formula_value("repeat_first(rowsum(a)[, 1])", env), c(3, 3))
})

test_that("a uniform factor is found only when every entry shares it", {
  expected <- matrix(c(1, 4, -2, 0.5), 2, 2)
  expect_equal(uniform_factor(expected / 5, expected), 0.2)
  expect_null(uniform_factor(expected, expected))
  expect_null(uniform_factor(expected * matrix(c(1, 1, 2, 1), 2, 2), expected))
})

test_that("R writes shapes and positions as an R learner says them", {
  expect_identical(shape_words(matrix(0, 5, 4)), "a 5 x 4 matrix")
  expect_identical(shape_words(numeric(5)), "a vector of length 5")
  expect_identical(shape_words(2), "a number")
  expect_identical(index_words(c(1, 1)), "[1, 1]")
})

test_that("an operand is named by its numbers, turned or not", {
  expect_identical(identify(t(quantities$wout), quantities),
                   list(name = "wout", transposed = TRUE))
  expect_identical(identify(quantities$X %*% quantities$wh, quantities),
                   list(name = "X @ wh", transposed = FALSE))
  expect_null(identify(matrix(1, 5, 4), quantities))
})

test_that("the step is the one whose form uses the operands", {
  expect_identical(step_of(c("d_output", "wout"))$step, 8L)
  expect_identical(step_of(c("X @ wh", "bh"))$name, "hidden_layer_input")
  expect_identical(step_of(c("X", "d_hidden"))$name, "dwh")
  expect_null(step_of(character(0)))
})
