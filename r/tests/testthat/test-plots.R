# The plotting functions write real PNG images of the documented size.
# Mirrors python/tests/test_plots.py.

png_size <- function(path) {
  # A PNG starts with an 8-byte signature, then the IHDR chunk whose data
  # begins with the width and height as 4-byte big-endian integers.
  bytes <- readBin(path, "raw", 24)
  expect_identical(bytes[1:8], as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a,
                                        0x1a, 0x0a)))
  as_int <- function(b) sum(as.integer(b) * 256^(3:0))
  c(width = as_int(bytes[17:20]), height = as_int(bytes[21:24]))
}

test_that("plot_loss_curves writes a PNG of the documented size", {
  path <- file.path(tempfile("plots"), "sub", "loss.png")
  plot_loss_curves(list(R = c(0.3, 0.2, 0.1), Python = c(0.3, 0.2, 0.1)),
                   "tiny", path)
  expect_identical(png_size(path), c(width = 640, height = 480))
})

# Train a tiny network on X, y and draw its boundary; the PNG's size.
boundary_png_size <- function(X, y, hidden, seed, epochs) {
  params <- train(X, y, init_params(2, hidden, ncol(y), seed = seed), lr = 1,
                  epochs = epochs)$params
  path <- tempfile(fileext = ".png")
  plot_decision_boundary(X, y, params, "tiny", path)
  png_size(path)
}

test_that("plot_decision_boundary writes a PNG of the documented size", {
  X <- matrix(c(0, 0, 0, 1, 1, 0, 1, 1), 4, byrow = TRUE)
  expect_identical(boundary_png_size(X, matrix(c(0, 0, 1, 1), 4), 2, 1, 500),
                   c(width = 640, height = 480))
})

test_that("plot_decision_boundary with three outputs writes a PNG", {
  X <- matrix(c(0, 0, 1, 0, 0, 1), 3, byrow = TRUE)
  expect_identical(boundary_png_size(X, diag(3), 4, 2, 2000),
                   c(width = 640, height = 480))
})

test_that("plot_network writes a PNG of the documented size", {
  path <- tempfile(fileext = ".png")
  plot_network(init_params(3, 4, 2, seed = 1), "tiny", path)
  expect_identical(png_size(path), c(width = 640, height = 480))
})
