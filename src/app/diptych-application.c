/* diptych-application.c: the application: windows, app actions, about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-application"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-application.h"
#include "diptych-preferences-window.h"
#include "diptych-text-file.h"
#include "diptych-window.h"

struct _DiptychApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (DiptychApplication, diptych_application, ADW_TYPE_APPLICATION)

static void
diptych_application_activate (GApplication *application)
{
  DiptychWindow *window = diptych_window_new (GTK_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
}

/* `diptych LEFT RIGHT`: a window with that pair; one file fills the left
 * side and the window asks for the other.
 */
static void
diptych_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  DiptychWindow *window = diptych_window_new (GTK_APPLICATION (application));

  diptych_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

/* GApplication would take `notes:v2.txt` for a URI: only SCHEME://… is one
 * here, as in diptych-cli, so the files are made from the arguments here.
 */
static int
diptych_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  g_autofree const char **args = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("diptych %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args) || args[0] == NULL)
    return -1;

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (files, diptych_file_new_for_arg (args[i]));

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("diptych: %s\n", error->message);
      return 1;
    }
  g_application_open (application, (GFile **)files->pdata, files->len, "");
  return 0;
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_activate (G_APPLICATION (user_data));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Close, not destroy: each window saves its annotations, and asks first
   * if they cannot be saved.
   */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Diptych developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Diptych"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Compare versions of news articles and annotate sources, "
                                       "claims and casualty figures"),
                         "website", "https://github.com/diptych/diptych",
                         "issue-url", "https://github.com/diptych/diptych/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         "copyright", "© 2026 The Diptych developers",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (diptych_preferences_window_new (parent)));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "new-window", new_window_action },
  { "quit", quit_action },
  { "about", about_action },
};

static void
diptych_application_startup (GApplication *application)
{
  const char *new_window_accels[] = { "<Control>n", NULL };
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };

  /* GTK names the X11 window class (WM_CLASS) after the program: the app id,
   * as the desktop file's StartupWMClass says, so that docks match windows
   * to their launcher. Set here, before GTK starts, rather than in main(),
   * so that `diptych --help` still says "diptych".
   */
  g_set_prgname (APPLICATION_ID);

  G_APPLICATION_CLASS (diptych_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.new-window",
                                         new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         preferences_accels);
}

static void
diptych_application_class_init (DiptychApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->activate = diptych_application_activate;
  application_class->open = diptych_application_open;
  application_class->handle_local_options = diptych_application_handle_local_options;
  application_class->startup = diptych_application_startup;
}

static void
diptych_application_init (DiptychApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[LEFT [RIGHT]]") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Compare two versions of a news article side by side, and annotate them.\n\n"
      "LEFT and RIGHT are the two articles; with one, the window asks for the other,\n"
      "with none it shows the recent pairs. They are file names, even with a colon\n"
      "(notes:v2.txt); only SCHEME://… (file:///tmp/a.txt) is a URI."));
}

DiptychApplication *
diptych_application_new (GApplicationFlags flags)
{
  return g_object_new (DIPTYCH_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_PREFIX,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
