# write_course: the course a learner opens, written out of the package, never
# over their edits. Mirrors python/tests/test_course.py.

test_that("the package carries the lessons, reference pages and solutions", {
  names <- names(course_files())
  lessons <- names[endsWith(names, ".Rmd")]
  expect_identical(lessons[1], "r/01_neuron.Rmd")
  expect_gte(length(lessons), 9)
  expect_true(all(c("r/reference/glossary.md", "r/reference/cheat-sheet.md",
                    "r/solutions/09_exercises.R") %in% names))
})

test_that("write_course writes one folder whose links all open inside it", {
  folder <- file.path(tempfile(), "course")
  written <- write_course(folder)
  expect_setequal(substring(written, nchar(folder) + 2), names(course_files()))
  lessons <- list.files(file.path(folder, "r"), "[.]Rmd$", full.names = TRUE)
  text <- unlist(lapply(lessons, readLines))
  links <- unlist(regmatches(text, gregexpr("\\]\\([A-Za-z0-9_./-]+[.]md", text)))
  links <- substring(links, 3)
  expect_true("reference/glossary.md" %in% links)
  expect_true(all(file.exists(file.path(folder, "r", links))))
  expect_false(any(startsWith(links, "..")))
})

test_that("the written reference pages speak R", {
  glossary <- readLines(course_files()[["r/reference/glossary.md"]])
  expect_false(any(grepl("{{", glossary, fixed = TRUE)))
  expect_false(any(grepl(".T ", glossary, fixed = TRUE)))
})

test_that("writing twice is harmless and writes nothing new", {
  folder <- tempfile()
  write_course(folder)
  expect_identical(write_course(folder), character(0))
})

test_that("a learner's edited file is never overwritten and nothing is written", {
  folder <- tempfile()
  dir.create(file.path(folder, "r"), recursive = TRUE)
  edited <- file.path(folder, "r", "01_neuron.Rmd")
  writeLines("my own work", edited)
  expect_error(write_course(folder), class = "scratchnet_error", paste0(
    edited, " is there already and differs from the course's copy (your ",
    "edits?): move it away or write the course into another folder"
  ), fixed = TRUE)
  expect_identical(readLines(edited), "my own work")
  expect_identical(list.files(folder, recursive = TRUE), "r/01_neuron.Rmd")
})

test_that("a file where the folder should be is refused in one line", {
  path <- tempfile()
  writeLines("", path)
  expect_error(write_course(path), "is a file, not a folder",
               class = "scratchnet_error")
  expect_error(write_course(3), "^3 is a file, not a folder",
               class = "scratchnet_error")
})
