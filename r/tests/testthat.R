library(testthat)
library(scratchnet)

test_check("scratchnet")
