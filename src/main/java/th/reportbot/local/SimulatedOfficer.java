package th.reportbot.local;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import th.reportbot.Rosters;
import th.reportbot.roster.District;

/**
 * In local mode the simulator's "district officer" is one of the first district's officers, so that the officers'
 * commands (ส่งออก, ผูกอำเภอ) can be tried on a laptop. The roster file itself is not changed.
 */
@Component
@ConditionalOnProperty(name = LocalModeEnvironment.LOCAL_MODE, havingValue = "true")
class SimulatedOfficer implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof Rosters rosters) || rosters.districts().isEmpty()) {
            return bean;
        }
        District first = rosters.districts().get(0);
        if (first.officers().contains(SimulatorController.OFFICER_ID)) {
            return bean;
        }
        List<String> officers = new ArrayList<>(first.officers());
        officers.add(SimulatorController.OFFICER_ID);
        List<District> districts = new ArrayList<>(rosters.districts());
        districts.set(0, new District(first.id(), first.name(), first.province(), first.groupName(),
                first.baselineDate(), officers, first.organisations(), first.schedule()));
        return new Rosters(districts);
    }
}
