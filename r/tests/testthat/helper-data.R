# The repository's shared_data folder, found from where the tests run.
data_dir <- function() shared_data_dir(testthat::test_path())
