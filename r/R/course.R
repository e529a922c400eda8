# The course, for a learner who installed only the package: its R Markdown
# files, written into a folder.
#
# The package carries the course's R Markdown files, its reference pages in
# R's words and the solutions of its exercises, made from the course's one
# source by `make notebooks`. write_course(folder) writes them all into
# folder/r/: the lessons, reference/ and solutions/ beside them, so the
# lessons' links work there, and Python's course can be written into the same
# folder (folder/python/). A file a learner has edited is never overwritten. Mirrors
# python/src/scratchnet/course.py, which writes the Jupyter notebooks
# (folder/python/) the same way.

# The folder of this language's lessons, in the package and in what it writes.
course_language <- "r"

# The course the package carries: each file's place in the written folder
# (named), and its copy.
course_files <- function() {
  root <- system.file("course", package = "scratchnet")
  files <- sort(list.files(file.path(root, course_language), recursive = TRUE))
  names <- file.path(course_language, files)
  stats::setNames(file.path(root, names), names)
}

#' Write the course's R Markdown files, reference pages and solutions into a
#' folder
#'
#' For a learner who installed only the package: the lessons as R Markdown
#' (`folder/r/01_neuron.Rmd` ...) beside the reference pages
#' (`folder/r/reference/`) and the exercises' solutions
#' (`folder/r/solutions/`), so that their links work. Knit one with
#' `knitr::knit("01_neuron.Rmd")` from its folder, or open it in RStudio and
#' run its chunks. A file already there with the same text
#' is left as it is, so writing twice is harmless; one that differs (your
#' edits) stops everything before anything is written, with one line saying
#' which file.
#'
#' @param folder Where to write the course; made if missing.
#' @return The paths written (none when the course was there already).
#' @examples
#' folder <- file.path(tempdir(), "course")
#' written <- write_course(folder)
#' basename(written)
#' @export
write_course <- function(folder) {
  if (!is.character(folder) || length(folder) != 1 || is.na(folder)) {
    stop(scratchnet_error(say("course_not_folder", folder = shown(folder))))
  }
  if (file.exists(folder) && !dir.exists(folder)) {
    stop(scratchnet_error(say("course_not_folder", folder = folder)))
  }
  sources <- course_files()
  targets <- file.path(folder, names(sources))
  same <- function(target, source) {
    identical(readBin(target, "raw", file.size(target)),
              readBin(source, "raw", file.size(source)))
  }
  for (i in seq_along(targets)) {
    if (file.exists(targets[i]) &&
          (dir.exists(targets[i]) || !same(targets[i], sources[[i]]))) {
      stop(scratchnet_error(say("course_edited", path = targets[i])))
    }
  }
  written <- character(0)
  for (i in seq_along(targets)) {
    if (!file.exists(targets[i])) {
      dir.create(dirname(targets[i]), recursive = TRUE, showWarnings = FALSE)
      if (!isTRUE(file.copy(sources[[i]], targets[i]))) {
        stop(scratchnet_error(say("cannot_write", name = "course",
                                  path = targets[i])))
      }
      written <- c(written, targets[i])
    }
  }
  written
}
