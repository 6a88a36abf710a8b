/* main.c: starts Diptych
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "diptych-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DiptychApplication) application = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* DIPTYCH_LOCALEDIR finds the translations of an uninstalled build. */
  localedir = g_getenv ("DIPTYCH_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = diptych_application_new (G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
