# Saving a trained network, loading it back, predicting with it; bad files
# refused. Mirrors python/tests/test_model.py; that a model saved here
# predicts the same in Python is checked by the harness.

saved <- local({
  cache <- NULL
  function() {
    if (is.null(cache)) {
      run <- run_experiment(list(dataset = "moons", seed = 42, hidden = 4,
                                 lr = 0.003, epochs = 50, scale = "standard",
                                 holdout = 0.2))
      path <- tempfile(fileext = ".json")
      save_model(model_from_run(run), path)
      cache <<- list(run = run, path = path)
    }
    cache
  }
})

test_that("a saved model loads back bit for bit", {
  model <- load_model(saved()$path)
  run <- saved()$run
  expect_identical(model$params, run$final)
  expect_identical(model$scaling$center, run$scaling$center)
  expect_identical(model$scaling$scale, run$scaling$scale)
  expect_identical(c(model$inputs, model$targets, model$language),
                   c("x1", "x2", "y", "r"))
  expect_identical(model$training$holdout, 0.2)
})

test_that("predict_model scales new data as the training data was scaled", {
  model <- load_model(saved()$path)
  held <- saved()$run$holdout
  X <- load_dataset("moons")$X[held$rows, , drop = FALSE]
  expect_identical(predict_model(model, X), held$output)
})

test_that("a file that is not a model of this version is refused in one line", {
  path <- tempfile(fileext = ".json")
  on.exit(unlink(path))
  cases <- list(
    c("not json at all", "is not a scratchnet model: it is not JSON"),
    c('{"a": 1}', "is not a scratchnet model: it has no scratchnet_model field"),
    c('{"scratchnet_model": 2}',
      "is a scratchnet model of version 2; this scratchnet reads version 1"),
    c('{"scratchnet_model": 1, "inputs": ["a"]}',
      "is not a scratchnet model: it has no targets")
  )
  for (case in cases) {
    writeLines(case[1], path)
    expect_error(load_model(path), paste(path, case[2]), fixed = TRUE,
                 class = "scratchnet_error")
  }
})

test_that("saving into a missing folder is refused and leaves nothing", {
  folder <- tempfile("empty")
  dir.create(folder)
  on.exit(unlink(folder, recursive = TRUE))
  expect_error(save_model(model_from_run(saved()$run),
                          file.path(folder, "no", "m.json")),
               "^save_model: cannot write", class = "scratchnet_error")
  expect_length(list.files(folder, all.files = TRUE, no.. = TRUE), 0)
})

test_that("json_string escapes every character as jsonlite::toJSON does", {
  skip_if_not(requireNamespace("jsonlite", quietly = TRUE),
              "jsonlite is not installed: nothing to compare the escaping with")
  for (text in c(intToUtf8(c(1:127, 233, 0x2028, 0x1F600), multiple = TRUE),
                 "a \"quoted\" \\ path\n", "", "caf\u00e9")) {
    expect_identical(json_string(text),
                     as.character(jsonlite::toJSON(text, auto_unbox = TRUE)),
                     label = sprintf("json_string(%s)", deparse(text)))
  }
})
