# What a lesson's cells computed: the environment its demo script leaves
# after it ran, once per test run. The script is r/demo/<name>.R, made from
# the lesson's one source with the notebook's code cells in order, so these
# are the numbers the R Markdown shows. What it prints and draws is dropped.
ran_lesson <- local({
  cache <- list()
  function(name) {
    if (is.null(cache[[name]])) {
      # the demo of lesson NN_name is lessonNN_name
      folder <- system.file("demo", package = "scratchnet")
      if (!nzchar(folder)) folder <- testthat::test_path("..", "..", "demo")
      path <- list.files(folder, paste0("^lesson[0-9]+_", name, "[.]R$"),
                         full.names = TRUE)
      env <- new.env(parent = globalenv())
      grDevices::pdf(NULL)
      on.exit(grDevices::dev.off())
      utils::capture.output(sys.source(path, envir = env))
      cache[[name]] <<- env
    }
    cache[[name]]
  }
})
