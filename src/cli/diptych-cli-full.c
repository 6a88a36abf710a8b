/* diptych-cli-full.c: the commands of diptych-cli that need GIO and
 * json-glib; diptych-cli runs this with its own arguments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-cli-full.h"
#include "diptych-text-file.h"

/* Diffs of anything GIO can read: URIs as well as file names and `-`. */
static int
diff_any (int    argc,
          char **argv)
{
  return diptych_cli_diff (argc, argv, diptych_text_new_for_commandline_arg);
}

static int
suggest_any (int    argc,
             char **argv)
{
  return diptych_cli_suggest (argc, argv, diptych_text_new_for_commandline_arg);
}

static const struct
{
  const char            *name;
  DiptychCliCommandFunc  func;
} commands[] = {
  { "diff", diff_any },
  { "validate", diptych_cli_validate },
  { "reanchor", diptych_cli_reanchor },
  { "export", diptych_cli_export },
  { "suggest", suggest_any },
};

int
main (int   argc,
      char *argv[])
{
  diptych_cli_init ();

  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].func (argc - 1, argv + 1);
    }

  diptych_cli_print_error (_("Unknown command “%s”"), argc >= 2 ? argv[1] : "");
  return DIPTYCH_CLI_EXIT_TROUBLE;
}
