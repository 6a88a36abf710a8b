/* diptych-application.c: the application: windows, app actions, about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-application"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-application.h"
#include "diptych-preferences-window.h"
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
  application_class->startup = diptych_application_startup;
}

static void
diptych_application_init (DiptychApplication *self)
{
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
