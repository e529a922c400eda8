# The R command line by itself (the harness compares it with Python's).
# Mirrors python/tests/test_cli.py.

test_that("parse_args gives the documented defaults", {
  expect_identical(parse_args("train"), list(
    help = FALSE, command = "train", dataset = "toy", target = NULL,
    scale = "none", holdout = 0, hidden = 3L, lr = 0.1, epochs = 5000L,
    seed = 42L, print_every = 1000L, json = NULL, save = NULL, trace = FALSE,
    fast = FALSE
  ))
})

test_that("parse_args takes both spellings of an option", {
  expect_identical(parse_args(c("train", "--seed", "-7"))$seed, -7L)
  expect_identical(parse_args(c("train", "--seed=-7"))$seed, -7L)
})

test_that("a bad value is refused naming option and value", {
  expect_error(parse_args(c("train", "--lr", "inf")),
               "--lr must be a positive finite number, got 'inf'",
               fixed = TRUE, class = "scratchnet_error")
})

test_that("main trains, prints and writes full-precision JSON", {
  folder <- tempfile("run")
  dir.create(folder)
  on.exit(unlink(folder, recursive = TRUE))
  path <- file.path(folder, "run.json")
  printed <- capture.output(status <- main(
    c("train", "--epochs", "3", "--print-every", "2", "--json", path)
  ))
  expect_identical(status, 0L)
  expect_identical(printed[1], paste0("dataset toy (n = 3, d = 4, k = 1); ",
                                      "hidden 3, lr 0.1, epochs 3, seed 42"))
  expect_identical(vapply(strsplit(printed[2:3], " +"), `[`, "", 2),
                   c("0", "2"))
  document <- jsonlite::fromJSON(path)
  expect_identical(document$language, "r")
  expect_length(document$loss, 3)
  expect_identical(dim(document$initial$wh), c(4L, 3L))
  # Full precision: R's set.seed(42); runif(1) survives the round trip.
  expect_identical(document$initial$wh[1, 1], runif_from_seed(1, 42))
  expect_identical(list.files(folder, all.files = TRUE, no.. = TRUE),
                   "run.json")
})

test_that("main returns 2 with one line on stderr for bad input", {
  expect_message(status <- main(c("train", "--hidden", "0")),
                 paste0("^scratchnet: error: --hidden must be a whole number ",
                        "from 1 to 10000, got '0'\n$"))
  expect_identical(status, 2L)
})

test_that("--trace prints steps 0 to 11 before the loss lines", {
  printed <- capture.output(main(c("train", "--trace", "--epochs", "1")))
  steps <- grep("^step ", printed, value = TRUE)
  expect_identical(steps[c(1, length(steps))],
                   c("step  0  X 3 x 4", "step 11  bh (new) 1 x 3"))
  expect_lt(max(grep("^step ", printed)), min(grep("^epoch", printed)))
})

test_that("--fast trains with train_fast and says so", {
  path <- tempfile(fileext = ".json")
  on.exit(unlink(path))
  printed <- capture.output(main(c("train", "--fast", "--epochs", "3",
                                   "--json", path)))
  expect_match(printed[1], "epochs 3, seed 42; train_fast$")
  document <- jsonlite::fromJSON(path)
  expect_identical(document$trainer, "train_fast")
  data <- load_dataset("toy", data_dir())
  start <- init_params(4, 3, 1, 42)
  expected <- train_fast(data$X, data$y, start, 0.1, 3)
  expect_identical(document$loss, expected$loss)
})

test_that("plots draws each experiment's pictures into the folder", {
  folder <- tempfile("plots")
  dir.create(folder)
  on.exit(unlink(folder, recursive = TRUE))
  short <- list(
    list(name = "toy", dataset = "toy", seed = 42, hidden = 3, lr = 0.1, epochs = 5),
    list(name = "moons", dataset = "moons", seed = 42, hidden = 4, lr = 0.003,
         epochs = 5)
  )
  written <- run_plots(folder, short)
  expect_setequal(basename(written), list.files(folder))
  # toy has 4 inputs: no plane to draw a boundary on.
  expect_setequal(list.files(folder), c(
    "loss_toy_r.png", "network_toy_r.png", "loss_moons_r.png",
    "network_moons_r.png", "boundary_moons_r.png", "learning_moons_r.png"
  ))
})

test_that("the help lists every option of the shared table with its default", {
  text <- help_text()
  for (command in cli_table()$commands) {
    for (option in command$options) {
      flag <- if (isTRUE(option$positional)) {
        option$metavar
      } else {
        paste0("--", option$name)
      }
      expect_true(grepl(paste0("  ", flag), text, fixed = TRUE))
    }
  }
  expect_true(all(vapply(c("(toy)", "(5000)", "(figures)"), grepl, TRUE,
                         x = text, fixed = TRUE)))
})
