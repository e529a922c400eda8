# Loading and checking datasets. Mirrors python/tests/test_datasets.py.

test_that("the toy dataset is tutorial 003's X and y", {
  data <- load_dataset("toy", data_dir())
  expect_identical(data$X, matrix(c(1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1), 3,
                                  byrow = TRUE))
  expect_identical(data$y, matrix(c(1, 1, 0), 3))
})

test_that("every shipped dataset loads with targets in [0, 1]", {
  names <- dataset_names(data_dir())
  expect_true(all(c("toy", "moons") %in% names))
  for (name in names) {
    data <- load_dataset(name, data_dir())
    expect_identical(nrow(data$X), nrow(data$y))
    expect_true(all(data$y >= 0 & data$y <= 1))
  }
})

test_that("moons has 1000 points in two balanced classes", {
  data <- load_dataset("moons", data_dir())
  expect_identical(dim(data$X), c(1000L, 2L))
  expect_identical(sum(data$y), 500)
})

test_that("moons coordinates are multiples of 1/1024, so both parsers agree", {
  X <- load_dataset("moons", data_dir())$X
  expect_identical(X * 1024, round(X * 1024))
})

test_that("read_dataset names the file, line and column at fault", {
  cases <- list(
    c("x1,y\n1,0\nabc,1\n", "line 3, column x1: 'abc' is not a finite number"),
    c("x1,y\n1,0\n2,1.5\n", "line 3, column y: target 1.5 is outside [0, 1]"),
    c("x1,y\n0x1A,0\n", "line 2, column x1: '0x1A' is not a finite number"),
    c("x1,y\n1_000,0\n", "line 2, column x1: '1_000' is not a finite number"),
    c("y1,y2\n1,0\n", "line 1: no feature column: every column is a target"),
    c('"a","b"\n"1",2\n3,"x"\n', "line 3, column b: 'x' is not a finite number")
  )
  path <- tempfile(fileext = ".csv")
  on.exit(unlink(path))
  for (case in cases) {
    writeLines(case[1], path, sep = "")
    expect_error(read_dataset(path), paste(path, case[2]), fixed = TRUE,
                 class = "scratchnet_error")
  }
})

test_that("blank lines are skipped and line numbers still count them", {
  path <- tempfile(fileext = ".csv")
  on.exit(unlink(path))
  writeLines("x1,y1,y2\n\n0.5,1,0\n\n-2,0,1\n", path, sep = "")
  data <- read_dataset(path)
  expect_identical(data$X, matrix(c(0.5, -2), 2))
  expect_identical(data$y, matrix(c(1, 0, 0, 1), 2, byrow = TRUE))
})

test_that("is_decimal takes plain decimals only", {
  expect_true(all(is_decimal(c("1", "-2.5", ".5", "3.", "1e-3", "+4E2"))))
  expect_false(any(is_decimal(c("", "nan", "Inf", "0x1A", "1_0", "1e", "."))))
})

test_that("min_max_scale maps each column onto [0, 1]", {
  X <- matrix(c(1, 3, 2, -5, 5, 0), 3)
  expect_identical(min_max_scale(X), matrix(c(0, 1, 0.5, 0, 1, 0.5), 3))
})

test_that("the package data is a byte-identical copy of shared_data", {
  shared <- file.path(testthat::test_path(), "..", "..", "..", "shared_data")
  skip_if_not(dir.exists(shared),
              "outside the clone there is no shared_data/ to compare with")
  carried <- shared_data_dir()
  data_files <- sort(list.files(shared, pattern = "\\.(json|csv)$",
                                recursive = TRUE))
  expect_identical(sort(list.files(carried, recursive = TRUE)), data_files,
                   label = "the package data (regenerate it with `make data`)")
  for (name in data_files) {
    same <- identical(readBin(file.path(carried, name), "raw", 1e7),
                      readBin(file.path(shared, name), "raw", 1e7))
    expect_true(same, label = sprintf(
      "%s is the same as shared_data/%s (regenerate with `make data`)", name, name
    ))
  }
})

test_that("a table as R, pandas or a spreadsheet writes it reads as the tidy file", {
  tidy <- load_dataset("gender")
  for (form in c("r_write_csv", "pandas_to_csv", "spreadsheet")) {
    data <- read_dataset(file.path(shared_data_dir(), "csv_forms",
                                   paste0(form, ".csv")), target = "female")
    expect_identical(data$features, c("weight", "height"), label = form)
    expect_identical(data$targets, "female", label = form)
    expect_identical(data$X, tidy$X, label = form)
    expect_identical(data$y, tidy$y, label = form)
  }
})

test_that("by default the y columns are the targets, else the last column", {
  path <- tempfile(fileext = ".csv")
  on.exit(unlink(path))
  writeLines(c("age,score,passed", "20,0.5,1", "30,0.25,0"), path)
  expect_identical(read_dataset(path)$targets, "passed")
  expect_true(read_dataset(path)$last_column) # the fallback, which a run says
  expect_identical(read_dataset(path, c("score", "passed"))$X,
                   matrix(c(20, 30)))
  expect_false(read_dataset(path, c("score", "passed"))$last_column)
  expect_false(load_dataset("blobs")$last_column) # y1..y3
})

test_that("a target that is not a column is refused naming the columns", {
  path <- tempfile(fileext = ".csv")
  on.exit(unlink(path))
  writeLines(c("age,passed", "20,1"), path)
  expect_error(read_dataset(path, "pased"),
               paste0(path, ": no column named 'pased'; its columns: age, passed"),
               fixed = TRUE, class = "scratchnet_error")
})

test_that("scaling by hand: minmax, standard with the population sd, none", {
  X <- matrix(c(1, 2, 3, 10, 10.5, 12), 3)
  minmax <- fit_scaling(X, "minmax", c("a", "b"))
  expect_identical(minmax, list(kind = "minmax", center = c(1, 10),
                                scale = c(2, 2)))
  expect_identical(apply_scaling(X, minmax)[, 1], c(0, 0.5, 1))
  standard <- fit_scaling(X, "standard", c("a", "b"))
  expect_identical(standard$center[1], 2)
  expect_equal(standard$scale[1], sqrt(2 / 3), tolerance = 1e-15)
  expect_identical(apply_scaling(X, fit_scaling(X, "none", c("a", "b"))), X)
})

test_that("a constant column or an unknown kind is refused", {
  X <- matrix(c(1, 2, 5, 5), 2)
  expect_error(fit_scaling(X, "standard", c("a", "b")),
               "^X column 'b' is constant: it cannot be scaled$",
               class = "scratchnet_error")
  expect_error(fit_scaling(X, "zscore", c("a", "b")),
               "^scale must be one of none, minmax, standard",
               class = "scratchnet_error")
})
