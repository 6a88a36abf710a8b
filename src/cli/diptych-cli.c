/* diptych-cli.c: the command-line tool for scripts and batch work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "diptych-cli.h"

typedef struct
{
  const char            *name;
  DiptychCliCommandFunc  func;
  const char            *summary;
} DiptychCliCommand;

static const DiptychCliCommand commands[] = {
  { "diff", diptych_cli_diff, N_("Compare two articles word by word") },
  { "validate", diptych_cli_validate, N_("Check annotation sidecars against their articles") },
  { "reanchor", diptych_cli_reanchor, N_("Rewrite sidecars after their articles were edited") },
  { "export", diptych_cli_export, N_("Export annotations as CSV, Web Annotations, brat or doccano") },
};

void
diptych_cli_print_error (const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "diptych-cli: %s\n", message);
}

/**
 * diptych_cli_use_color:
 * @when: "auto", "always" or "never"
 * @fd: the file descriptor the output goes to
 *
 * Returns: whether to write ANSI colours; "auto" colours a terminal unless
 *   NO_COLOR is set or TERM is dumb
 */
gboolean
diptych_cli_use_color (const char  *when,
                       int          fd,
                       GError     **error)
{
  const char *term = g_getenv ("TERM");

  if (when == NULL || g_str_equal (when, "auto"))
    return isatty (fd) && g_getenv ("NO_COLOR") == NULL &&
           term != NULL && !g_str_equal (term, "dumb");
  if (g_str_equal (when, "always"))
    return TRUE;
  if (g_str_equal (when, "never"))
    return FALSE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("Invalid value “%s” for --color (expected auto, always or never)"), when);
  return FALSE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: diptych-cli COMMAND [OPTION…] [ARGUMENT…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “diptych-cli COMMAND --help” for the options of a command."));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir;

  setlocale (LC_ALL, "");
  /* DIPTYCH_LOCALEDIR lets tests use translations built in the build tree. */
  localedir = g_getenv ("DIPTYCH_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("diptych-cli");

  if (argc < 2)
    {
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

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].func (argc - 1, argv + 1);
    }

  diptych_cli_print_error (_("Unknown command “%s”"), argv[1]);
  print_usage (stderr);
  return DIPTYCH_CLI_EXIT_TROUBLE;
}
