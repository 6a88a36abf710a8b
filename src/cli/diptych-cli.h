/* diptych-cli.h: what the commands of diptych-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "diptych-text.h"

G_BEGIN_DECLS

/* Exit statuses, as diff(1) uses them. */
enum
{
  DIPTYCH_CLI_EXIT_OK      = 0,
  DIPTYCH_CLI_EXIT_DIFFER  = 1,
  DIPTYCH_CLI_EXIT_TROUBLE = 2,
};

/* Each command parses its own options: argv[0] is the command's name. */
typedef int (*DiptychCliCommandFunc) (int    argc,
                                      char **argv);

/* How a command turns a file argument into a text. */
typedef DiptychText *(*DiptychCliLoadFunc) (const char  *arg,
                                            GError     **error);

void     diptych_cli_init         (void);
void     diptych_cli_print_error  (const char          *format,
                                   ...) G_GNUC_PRINTF (1, 2);
void     diptych_cli_prepare_heap (const char * const *paths);
gboolean diptych_cli_use_color    (const char          *when,
                                   int                  fd,
                                   GError             **error);

GOptionContext *diptych_cli_option_context_new (const char *command);
DiptychText    *diptych_cli_load_local         (const char  *arg,
                                                GError     **error);

int      diptych_cli_diff         (int                  argc,
                                   char               **argv,
                                   DiptychCliLoadFunc   load);
int      diptych_cli_suggest      (int                  argc,
                                   char               **argv,
                                   DiptychCliLoadFunc   load);

G_END_DECLS
