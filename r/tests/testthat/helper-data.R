# The data the package carries (a copy of the repository's shared_data).
data_dir <- function() shared_data_dir()

# numpy's isclose rule, |got - expected| <= atol + rtol * |expected|, entry by
# entry (testthat's tolerance is a mean relative difference, a weaker test),
# with the one agreement tolerance of experiments.json by default.
expect_close <- function(got, expected, label = "",
                         rtol = agreement_tolerance()$rtol,
                         atol = agreement_tolerance()$atol) {
  expect_identical(dim(got), dim(expected), label = label)
  worst <- max(abs(got - expected) - rtol * abs(expected))
  expect_lte(worst, atol, label = label)
}

expect_params_close <- function(got, expected, ...) {
  for (name in param_names) {
    expect_close(got[[name]], expected[[name]], label = name, ...)
  }
}
