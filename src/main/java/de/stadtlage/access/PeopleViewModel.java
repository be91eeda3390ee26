package de.stadtlage.access;

import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The admin's people page: everybody with role and status, and the form for a new person. Writes go through
 * {@link AccessService}, which checks the role again; refused writes end up in a German error dialog.
 */
public final class PeopleViewModel {

    private final AccessService access;
    private final CurrentUser user;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final ObservableList<PersonAccount> accounts = FXCollections.observableArrayList();
    private final StringProperty newLogin = new SimpleStringProperty(this, "newLogin", "");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(this, "newRole", Role.LESEND);
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final ObjectProperty<Organisation> newOrganisation =
            new SimpleObjectProperty<>(this, "newOrganisation", Organisation.STADT);
    private final ObjectProperty<SubgroupOption> newSubgroup = new SimpleObjectProperty<>(this, "newSubgroup");
    private final ObservableList<SubgroupOption> subgroups = FXCollections.observableArrayList();
    private final ObjectProperty<PersonAccount> editing = new SimpleObjectProperty<>(this, "editing");
    private final Supplier<List<SubgroupOption>> subgroupSource;

    /** A subgroup as the form offers it for an Untergruppenleitung. */
    public record SubgroupOption(int id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    public PeopleViewModel(AccessService access, CurrentUser user, DialogService dialogs, TaskRunner runner) {
        this(access, user, dialogs, runner, List::of);
    }

    /** @param subgroups the subgroups (read in the background when the page loads) */
    public PeopleViewModel(AccessService access, CurrentUser user, DialogService dialogs, TaskRunner runner,
                           Supplier<List<SubgroupOption>> subgroups) {
        this.subgroupSource = subgroups;
        this.access = access;
        this.runner = runner;
        this.user = user;
        this.dialogs = dialogs;
    }

    public void load() {
        Task<List<SubgroupOption>> task = new Task<>() {
            @Override
            protected List<SubgroupOption> call() {
                return subgroupSource.get();
            }
        };
        task.setOnSucceeded(e -> subgroups.setAll(task.getValue()));
        runner.run(task);
        inBackground(() -> access.listAccounts(user), null);
    }

    /** Fills the form with {@code account} to change it; {@link #save} then updates instead of adding. */
    public void edit(PersonAccount account) {
        Person p = account.person();
        editing.set(account);
        newName.set(p.displayName());
        newLogin.set(p.login() == null ? "" : p.login());
        newOrganisation.set(p.organisation());
        newRole.set(p.role());
        newSubgroup.set(subgroups.stream().filter(g -> p.subgroupId() != null && g.id() == p.subgroupId())
                .findFirst().orElse(null));
        newPassword.set("");
    }

    /** Leaves the form empty for a new person. */
    public void clearForm() {
        editing.set(null);
        newLogin.set("");
        newName.set("");
        newPassword.set("");
        newSubgroup.set(null);
    }

    /** Adds the person of the form, or stores the changes of the person being edited. */
    public void save() {
        if (editing.get() == null) {
            addPerson();
            return;
        }
        PersonAccount account = editing.get();
        Person p = account.person();
        Person changed = new Person(p.id(), blankToNull(newLogin.get()), newName.get().strip(), newOrganisation.get(),
                p.organisationUnit(), newRole.get(), chosenSubgroup(), p.active());
        inBackground(() -> {
            access.updatePerson(user, changed, account.version());
            return access.listAccounts(user);
        }, this::clearForm);
    }

    private Integer chosenSubgroup() {
        return newRole.get() == Role.UNTERGRUPPENLEITUNG && newSubgroup.get() != null ? newSubgroup.get().id() : null;
    }

    /** Adds the person of the form; an Untergruppenleitung gets the chosen subgroup (the service insists on one). */
    public void addPerson() {
        Person draft = new Person(null, blankToNull(newLogin.get()), newName.get().strip(), newOrganisation.get(), null,
                newRole.get(), chosenSubgroup(), true);
        char[] password = newPassword.get().isEmpty() ? null : newPassword.get().toCharArray();
        inBackground(() -> {
            try {
                access.createPerson(user, draft, password);
            } finally {
                PasswordHasher.wipe(password);
            }
            return access.listAccounts(user);
        }, this::clearForm);
    }

    /** Deactivating locks the person out, so it is asked first; activating is not. */
    public void setActive(PersonAccount account, boolean active) {
        if (!active && !dialogs.confirm(Messages.get("people.deactivateTitle"),
                Messages.get("people.deactivateConfirm", account.person().displayName()))) {
            return;
        }
        Person p = account.person();
        Person changed = new Person(p.id(), p.login(), p.displayName(), p.organisation(), p.organisationUnit(),
                p.role(), p.subgroupId(), active);
        inBackground(() -> {
            access.updatePerson(user, changed, account.version());
            return access.listAccounts(user);
        }, null);
    }

    /** Sets the password typed in the form for {@code account}. */
    public void resetPassword(PersonAccount account) {
        char[] password = newPassword.get().toCharArray();
        inBackground(() -> {
            try {
                access.resetPassword(user, account.person().id(), password);
            } finally {
                PasswordHasher.wipe(password);
            }
            return access.listAccounts(user);
        }, () -> {
            newPassword.set("");
            dialogs.showInfo(Messages.get("people.title"), Messages.get("people.passwordSet",
                    account.person().displayName()));
        });
    }

    /** Hashing a password takes a noticeable moment: the work runs in the background, the list is set after. */
    private void inBackground(Callable<List<PersonAccount>> work, Runnable afterSuccess) {
        Task<List<PersonAccount>> task = new Task<>() {
            @Override
            protected List<PersonAccount> call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            accounts.setAll(task.getValue());
            if (afterSuccess != null) {
                afterSuccess.run();
            }
        });
        task.setOnFailed(e -> dialogs.showError(Messages.get("error.title"), task.getException().getMessage(),
                task.getException()));
        runner.run(task);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ObservableList<PersonAccount> accounts() {
        return accounts;
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Organisation> newOrganisationProperty() {
        return newOrganisation;
    }

    public ObjectProperty<SubgroupOption> newSubgroupProperty() {
        return newSubgroup;
    }

    /** The person whose data the form shows, or {@code null} while it is for a new person. */
    public ObjectProperty<PersonAccount> editingProperty() {
        return editing;
    }

    public ObservableList<SubgroupOption> subgroups() {
        return subgroups;
    }

    /** The subgroup's name of a person, or an empty text. */
    public String subgroupName(Integer subgroupId) {
        return subgroupId == null ? "" : subgroups.stream().filter(s -> s.id() == subgroupId)
                .map(SubgroupOption::name).findFirst().orElse("");
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    /** For the view: whether "Änderungsprotokoll …" is offered (the audit-log service checks again). */
    public boolean mayReadAuditLog() {
        return Permissions.mayReadAuditLog(user);
    }

    /** For the view: whether the dialog is offered at all (the service checks again). */
    public static boolean offeredTo(Supplier<CurrentUser> user) {
        return user.get() != null && user.get().canManagePeople();
    }
}
