/* diptych-cli.c: the command-line tool for scripts and batch work
 *
 * `diptych-cli diff` and `suggest` of local files run here, with GLib
 * alone. The other commands, and URIs, need GIO and json-glib, whose
 * loading took 1.5 ms of every run (2.5 ms for suggest), a sixth of a
 * diff of two 1 MB articles: they run in diptych-cli-full, which this
 * execs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "diptych-cli.h"

#define FULL_NAME "diptych-cli-full"

static const struct
{
  const char *name;
  const char *summary;
} commands[] = {
  { "diff", N_("Compare two articles word by word") },
  { "validate", N_("Check annotation sidecars against their articles") },
  { "reanchor", N_("Rewrite sidecars after their articles were edited") },
  { "export", N_("Export annotations as CSV, Web Annotations, brat or doccano") },
  { "suggest", N_("Suggest casualty figures, sources and claims in articles") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: diptych-cli COMMAND [OPTION…] [ARGUMENT…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “diptych-cli help COMMAND” or “diptych-cli COMMAND --help” for the "
                             "options of a command."));
}

static gboolean
is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (name, commands[i].name))
        return TRUE;
    }
  return FALSE;
}

/* Whether an argument of the command is a URI rather than a file name. */
static gboolean
has_uri (int    argc,
         char **argv)
{
  for (int i = 2; i < argc; i++)
    {
      if (diptych_arg_is_uri (argv[i]))
        return TRUE;
    }
  return FALSE;
}

/* diptych-cli-full is beside this program in the build tree, and in
 * libexecdir once installed.
 */
static char *
find_full (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *path = g_build_filename (dir, FULL_NAME, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&path);
    }
  return g_build_filename (LIBEXECDIR, FULL_NAME, NULL);
}

static int
run_full (char **argv)
{
  g_autofree char *path = find_full ();

  execv (path, argv);
  diptych_cli_print_error (_("Could not run “%s”: %s"), path, g_strerror (errno));
  return DIPTYCH_CLI_EXIT_TROUBLE;
}

int
main (int   argc,
      char *argv[])
{
  diptych_cli_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  /* `help COMMAND` is `COMMAND --help`. */
  if (g_str_equal (argv[1], "help") && argc >= 3 && is_command (argv[2]))
    {
      char *help_argv[] = { argv[0], argv[2], (char *)"--help", NULL };

      if (g_str_equal (argv[2], "diff"))
        return diptych_cli_diff (2, help_argv + 1, diptych_cli_load_local);
      if (g_str_equal (argv[2], "suggest"))
        return diptych_cli_suggest (2, help_argv + 1, diptych_cli_load_local);
      return run_full (help_argv);
    }
  if (g_str_equal (argv[1], "help") && argc >= 3)
    {
      diptych_cli_print_error (_("Unknown command “%s”"), argv[2]);
      print_usage (stderr);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return DIPTYCH_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("diptych-cli %s\n", PACKAGE_VERSION);
      return DIPTYCH_CLI_EXIT_OK;
    }

  if ((g_str_equal (argv[1], "diff") || g_str_equal (argv[1], "suggest")) &&
      !has_uri (argc, argv))
    {
#ifdef __GLIBC__
      /* A diff's or the detectors' big arrays (tokens, matches, chunks)
       * live for a few milliseconds: from the heap, which reuses the pages
       * of those freed before, rather than each mapped, faulted in page by
       * page and unmapped again. The process ends right after.
       */
      mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
      mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
      mallopt (M_TOP_PAD, 1024 * 1024);
      mallopt (M_ARENA_MAX, 1);
#endif
      if (g_str_equal (argv[1], "suggest"))
        return diptych_cli_suggest (argc - 1, argv + 1, diptych_cli_load_local);
      return diptych_cli_diff (argc - 1, argv + 1, diptych_cli_load_local);
    }

  if (is_command (argv[1]))
    return run_full (argv);

  diptych_cli_print_error (_("Unknown command “%s”"), argv[1]);
  print_usage (stderr);
  return DIPTYCH_CLI_EXIT_TROUBLE;
}
