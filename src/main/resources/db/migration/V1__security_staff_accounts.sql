CREATE TABLE staff_account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(80) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_staff_account_username UNIQUE (username)
);

CREATE TABLE staff_account_role (
    staff_account_id BIGINT NOT NULL,
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_account_id, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
);
