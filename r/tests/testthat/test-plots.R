# The plotting functions write real PNG images of the documented size, or
# draw on the current device.
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

# Draw with f() on a 300 x 200 PNG device opened here; what f returned,
# whether visibly, the devices open meanwhile, and the file's size.
on_own_device <- function(f) {
  path <- tempfile(fileext = ".png")
  grDevices::png(path, width = 300, height = 200)
  device <- grDevices::dev.cur()
  returned <- withVisible(f())
  still <- grDevices::dev.cur()
  mfrow <- graphics::par("mfrow")
  grDevices::dev.off()
  list(returned = returned, same_device = identical(still, device),
       mfrow = mfrow, size = png_size(path))
}

test_that("without a path, each plot draws on the current device", {
  X <- matrix(c(0, 0, 1, 1), 2, byrow = TRUE)
  params <- init_params(2, 3, 1, seed = 1)
  draws <- list(
    function() plot_loss_curves(list(a = c(0.3, 0.2), b = c(0.3, 0.1)), "tiny"),
    function() plot_decision_boundary(X, matrix(c(0, 1), 2), params, "tiny"),
    function() plot_network(params, "tiny")
  )
  for (draw in draws) {
    drawn <- on_own_device(draw)
    expect_identical(drawn$returned, list(value = NULL, visible = FALSE))
    expect_true(drawn$same_device)
    # The picture is the open device's 300 x 200, not a 640 x 480 file.
    expect_identical(drawn$size, c(width = 300, height = 200))
  }
})

test_that("plot_learning without a path puts the device's layout back", {
  X <- matrix(c(0, 0, 0, 1, 1, 0, 1, 1), 4, byrow = TRUE)
  y <- matrix(c(0, 0, 1, 1), 4)
  recording <- train_recording(X, y, init_params(2, 2, 1, seed = 1), 1, 30, 10)
  drawn <- on_own_device(function() plot_learning(X, y, recording, "tiny"))
  expect_identical(drawn$returned, list(value = NULL, visible = FALSE))
  expect_identical(drawn$mfrow, c(1L, 1L))
})
