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
