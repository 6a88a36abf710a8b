/* diptych-cli-common.c: what diptych-cli and diptych-cli-full share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "diptych-cli.h"

/* Sets up the locale and the translations. */
void
diptych_cli_init (void)
{
  const char *localedir;

  setlocale (LC_ALL, "");
  /* DIPTYCH_LOCALEDIR lets tests use translations built in the build tree. */
  localedir = g_getenv ("DIPTYCH_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("diptych-cli");
}

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

/**
 * diptych_cli_option_context_new:
 * @command: the command's name, such as "diff"
 *
 * Returns: (transfer full): an option context whose usage line names the
 *   command: "diptych-cli diff [OPTION…] LEFT RIGHT"
 */
GOptionContext *
diptych_cli_option_context_new (const char *command)
{
  g_autofree char *name = g_strconcat ("diptych-cli ", command, NULL);
  GOptionContext *context;

  /* GOption writes the program's name in the usage line. */
  g_set_prgname (name);
  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  return context;
}

/**
 * diptych_cli_load_local:
 * @arg: a local file's name, or `-` for standard input
 *
 * Loads an article named on the command line with GLib alone. Besides
 * regular files, streams are read to their end: `-`, `/dev/stdin`, pipes
 * and `<(…)`.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
DiptychText *
diptych_cli_load_local (const char  *arg,
                        GError     **error)
{
  if (g_str_equal (arg, "-"))
    return diptych_text_new_from_fd (STDIN_FILENO, "-", error);
  return diptych_text_new_from_path (arg, error);
}
